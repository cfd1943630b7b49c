// The schedule of the employees of PEOPLE.csv and EVENTS.csv (the command-line tool's files)
// through the C interface, from Java: prints its rows in the tool's `schedule --format csv`
// columns and, given the tool's output for the same files, checks that every row of the tool
// is one of them (the test java.schedule).
//
//   java -cp jna.jar:. Schedule PEOPLE.csv EVENTS.csv AS_OF [TOOL_OUTPUT.csv]
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class Schedule {
    // The files' rows as maps from column to value (these files quote no field).
    static List<Map<String, String>> read(String path) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(path), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) continue;
            String[] v = line.split(",", -1);
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < header.length; ++i) row.put(header[i], i < v.length ? v[i] : "");
            rows.add(row);
        }
        return rows;
    }

    static int date(String s) {
        return s.isEmpty() ? CareerTalk.NO_DATE : CareerTalk.day(LocalDate.parse(s));
    }

    // A CSV field as the tool writes it: quoted when it holds a comma, a quote or a line break.
    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String row(String... fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) b.append(b.length() == 0 ? "" : ",").append(csv(f));
        return b.toString();
    }

    static String basis(int b) { return CareerTalk.name(CareerTalk.ENUM_BASIS, b).replace('_', ' '); }

    public static void main(String[] args) throws Exception {
        List<Map<String, String>> people = read(args[0]);
        List<Map<String, String>> events = read(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        PointerByReference handle = new PointerByReference();
        if (CareerTalk.C.careertalk_evaluation_new(handle) != CareerTalk.OK) throw new IllegalStateException();
        Pointer ev = handle.getValue();
        Set<String> rows = new HashSet<>();
        System.out.println("id,obligation,trigger,trigger_date,window_start,due_date,status,held_on,exemption,rule,citation,basis");
        for (Map<String, String> p : people) {
            String id = p.get("id");
            CareerTalk.Employee e = new CareerTalk.Employee();
            e.id = new CareerTalk.Str(id);
            e.hire_date = date(p.get("hire_date"));
            e.birth_date = date(p.getOrDefault("birth_date", ""));
            e.contract_end = date(p.getOrDefault("contract_end", ""));
            e.function_start = date(p.getOrDefault("function_start", ""));
            e.aow_date = date(p.getOrDefault("aow_date", ""));
            e.contract = CareerTalk.value(CareerTalk.ENUM_CONTRACT, p.get("contract"));
            List<Map<String, String>> mine = events.stream().filter(x -> x.get("id").equals(id)).toList();
            // An interview dated after the as-of date is planned, not held: the tool leaves it out.
            mine = mine.stream().filter(x -> !x.get("kind").equals("interview")
                                             || date(x.get("date")) <= asOf.toEpochDay()).toList();
            long interviews = mine.stream().filter(x -> x.get("kind").equals("interview")).count();
            long absences = mine.stream().filter(x -> x.get("kind").equals("absence")).count();
            long trainings = mine.stream().filter(x -> x.get("kind").equals("training")).count();
            long visits = mine.stream().filter(x -> x.get("kind").equals("visite_mi_carriere")).count();
            // Each list: contiguous structs (Structure.toArray), written before the call.
            CareerTalk.Interview[] iv = interviews == 0 ? null : (CareerTalk.Interview[]) new CareerTalk.Interview().toArray((int) interviews);
            CareerTalk.Absence[] ab = absences == 0 ? null : (CareerTalk.Absence[]) new CareerTalk.Absence().toArray((int) absences);
            CareerTalk.Training[] tr = trainings == 0 ? null : (CareerTalk.Training[]) new CareerTalk.Training().toArray((int) trainings);
            CareerTalk.MedicalVisit[] vi = visits == 0 ? null : (CareerTalk.MedicalVisit[]) new CareerTalk.MedicalVisit().toArray((int) visits);
            int ni = 0, na = 0, nt = 0, nv = 0;
            for (Map<String, String> x : mine) {
                String detail = x.get("detail");
                switch (x.get("kind")) {
                    case "interview" -> {
                        CareerTalk.Interview i = iv[ni++];
                        i.at_employee_request = (byte) (detail.endsWith(":at_employee_request") ? 1 : 0);
                        i.kind = CareerTalk.value(CareerTalk.ENUM_OBLIGATION, detail.replace(":at_employee_request", ""));
                        i.date = date(x.get("date"));
                    }
                    case "absence" -> {
                        CareerTalk.Absence a = ab[na++];
                        a.kind = CareerTalk.value(CareerTalk.ENUM_ABSENCE, detail);
                        a.start = date(x.get("date"));
                        a.end = date(x.get("end_date"));
                    }
                    case "training" -> {
                        CareerTalk.Training t = tr[nt++];
                        t.date = date(x.get("date"));
                        t.mandatory = (byte) (detail.equals("obligatoire") ? 1 : 0);
                    }
                    case "visite_mi_carriere" -> vi[nv++].date = date(x.get("date"));  // kind 0: mi_carriere
                    default -> throw new IllegalArgumentException("event kind " + x.get("kind"));
                }
            }
            if (iv != null) { for (var s : iv) s.write(); e.interviews = iv[0].getPointer(); e.interview_count = new CareerTalk.SizeT(ni); }
            if (ab != null) { for (var s : ab) s.write(); e.absences = ab[0].getPointer(); e.absence_count = new CareerTalk.SizeT(na); }
            if (tr != null) { for (var s : tr) s.write(); e.trainings = tr[0].getPointer(); e.training_count = new CareerTalk.SizeT(nt); }
            if (vi != null) { for (var s : vi) s.write(); e.medical_visits = vi[0].getPointer(); e.medical_visit_count = new CareerTalk.SizeT(nv); }

            CareerTalk.Company c = new CareerTalk.Company();
            String headcount = p.getOrDefault("headcount", "");
            String cycle = p.getOrDefault("agreement_cycle_months", "");
            if (!headcount.isEmpty()) c.headcount = Integer.parseInt(headcount);
            if (!cycle.isEmpty()) c.agreement_cycle_months = Integer.parseInt(cycle);
            if (!p.getOrDefault("cao", "").isEmpty()) c.cao = new CareerTalk.Str(p.get("cao"));
            String rules = p.getOrDefault("rules", "");

            for (CareerTalk.Obligation o : CareerTalk.schedule(ev, rules.isEmpty() ? "fr" : rules, e, c, asOf)) {
                String line = row(id, CareerTalk.name(CareerTalk.ENUM_OBLIGATION, o.kind),
                                  CareerTalk.name(CareerTalk.ENUM_TRIGGER, o.trigger),
                                  CareerTalk.text(o.trigger_date), CareerTalk.text(o.window_start),
                                  CareerTalk.text(o.due_date), CareerTalk.name(CareerTalk.ENUM_STATUS, o.status),
                                  CareerTalk.text(o.held_on), o.exemption_id.text(), o.rule_id.text(),
                                  o.citation.text(), basis(o.basis));
                rows.add(line);
                System.out.println(line);
            }
            // Advisories and entitlements, as the tool's schedule writes them.
            for (CareerTalk.Finding f : CareerTalk.findings(ev)) {
                String line = row(id, CareerTalk.name(CareerTalk.ENUM_OBLIGATION, f.about), "", "",
                                  CareerTalk.text(f.review_start), CareerTalk.text(f.date),
                                  CareerTalk.name(CareerTalk.ENUM_FINDING, f.kind), "", "",
                                  f.rule_id.text(), f.citation.text(), basis(f.basis));
                rows.add(line);
                System.out.println(line);
            }
        }
        CareerTalk.C.careertalk_evaluation_free(ev);
        if (args.length < 4) return;
        List<String> tool = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
        int missing = 0;
        for (String line : tool.subList(1, tool.size()))
            if (!rows.contains(line) && !plannedMatches(line, rows)) {
                System.err.println("a row of the tool Java did not give: " + line);
                ++missing;
            }
        System.err.println((tool.size() - 1) + " rows of the tool, " + missing + " missing");
        if (missing != 0 || tool.size() < 2) System.exit(1);
    }

    // The tool says "planned" of an open obligation whose interview is planned after the as-of
    // date; the library, not given that interview, says upcoming or due_soon (the first seven
    // fields hold no comma).
    static boolean plannedMatches(String toolLine, java.util.Set<String> rows) {
        String[] f = toolLine.split(",", 8);
        if (f.length < 8 || !f[6].equals("planned")) return false;
        for (String status : new String[] {"upcoming", "due_soon"}) {
            f[6] = status;
            if (rows.contains(String.join(",", f))) return true;
        }
        return false;
    }
}
