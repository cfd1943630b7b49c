// The schedule of the employees of PEOPLE.csv and EVENTS.csv (the command-line tool's files)
// through the C interface, from C#: prints its rows in the tool's `schedule --format csv`
// columns and, given the tool's output for the same files, checks that every row of the tool
// is one of them (the test csharp.schedule). The C# twin of examples/java/Schedule.java.
//
//   mono Schedule.exe PEOPLE.csv EVENTS.csv AS_OF [TOOL_OUTPUT.csv]
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

public static class Schedule {
    // The files' rows as maps from column to value (these files quote no field).
    static List<Dictionary<string, string>> Read(string path) {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        var rows = new List<Dictionary<string, string>>();
        foreach (string line in lines.Skip(1)) {
            if (line.Length == 0) continue;
            string[] v = line.Split(',');
            var row = new Dictionary<string, string>();
            for (int i = 0; i < header.Length; ++i) row[header[i]] = i < v.Length ? v[i] : "";
            rows.Add(row);
        }
        return rows;
    }

    static string Get(Dictionary<string, string> row, string column) {
        string v;
        return row.TryGetValue(column, out v) ? v : "";
    }

    static int Date(string s) {
        return s.Length == 0 ? CareerTalk.NO_DATE : CareerTalk.Day(DateTime.Parse(s));
    }

    // A CSV field as the tool writes it: quoted when it holds a comma, a quote or a line break.
    static string Csv(string s) {
        if (s.IndexOfAny(new[] { ',', '"', '\n' }) < 0) return s;
        return "\"" + s.Replace("\"", "\"\"") + "\"";
    }

    static string Row(params string[] fields) { return string.Join(",", fields.Select(Csv)); }

    static string Basis(int b) { return CareerTalk.Name(CareerTalk.ENUM_BASIS, b).Replace('_', ' '); }

    public static int Main(string[] args) {
        var people = Read(args[0]);
        var events = Read(args[1]);
        DateTime asOf = DateTime.Parse(args[2]);
        IntPtr ev;
        if (CareerTalk.careertalk_evaluation_new(out ev) != CareerTalk.OK) return 2;
        var rows = new HashSet<string>();
        Console.WriteLine("id,obligation,trigger,trigger_date,window_start,due_date,status,held_on,exemption,rule,citation,basis");
        foreach (var p in people) {
            string id = p["id"];
            var e = CareerTalk.NewEmployee();
            e.id = CareerTalk.Text(id);
            e.hire_date = Date(p["hire_date"]);
            e.birth_date = Date(Get(p, "birth_date"));
            e.contract_end = Date(Get(p, "contract_end"));
            e.function_start = Date(Get(p, "function_start"));
            e.aow_date = Date(Get(p, "aow_date"));
            e.contract = CareerTalk.Value(CareerTalk.ENUM_CONTRACT, p["contract"]);
            var interviews = new List<CareerTalk.Interview>();
            var absences = new List<CareerTalk.Absence>();
            var trainings = new List<CareerTalk.Training>();
            var visits = new List<CareerTalk.MedicalVisit>();
            foreach (var x in events.Where(x => x["id"] == id)) {
                string detail = x["detail"];
                switch (x["kind"]) {
                    case "interview":
                        // Dated after the as-of date: planned, not held; the tool leaves it out.
                        if (Date(x["date"]) > CareerTalk.Day(asOf)) break;
                        interviews.Add(new CareerTalk.Interview {
                            date = Date(x["date"]),
                            kind = CareerTalk.Value(CareerTalk.ENUM_OBLIGATION, detail.Replace(":at_employee_request", "")),
                            at_employee_request = (byte) (detail.EndsWith(":at_employee_request") ? 1 : 0) });
                        break;
                    case "absence":
                        absences.Add(new CareerTalk.Absence {
                            kind = CareerTalk.Value(CareerTalk.ENUM_ABSENCE, detail),
                            start = Date(x["date"]), end = Date(x["end_date"]) });
                        break;
                    case "training":
                        trainings.Add(new CareerTalk.Training {
                            date = Date(x["date"]), mandatory = (byte) (detail == "obligatoire" ? 1 : 0) });
                        break;
                    case "visite_mi_carriere":  // kind 0: mi_carriere
                        visits.Add(new CareerTalk.MedicalVisit { date = Date(x["date"]) });
                        break;
                    default:
                        throw new ArgumentException("event kind " + x["kind"]);
                }
            }
            e.interviews = CareerTalk.Array(interviews); e.interview_count = (UIntPtr) interviews.Count;
            e.absences = CareerTalk.Array(absences); e.absence_count = (UIntPtr) absences.Count;
            e.trainings = CareerTalk.Array(trainings); e.training_count = (UIntPtr) trainings.Count;
            e.medical_visits = CareerTalk.Array(visits); e.medical_visit_count = (UIntPtr) visits.Count;

            var c = CareerTalk.NewCompany();
            if (Get(p, "headcount").Length > 0) c.headcount = int.Parse(p["headcount"]);
            if (Get(p, "agreement_cycle_months").Length > 0)
                c.agreement_cycle_months = int.Parse(p["agreement_cycle_months"]);
            if (Get(p, "cao").Length > 0) c.cao = CareerTalk.Text(p["cao"]);
            string rules = Get(p, "rules");

            foreach (var o in CareerTalk.Schedule(ev, rules.Length == 0 ? "fr" : rules, e, c, asOf)) {
                string line = Row(id, CareerTalk.Name(CareerTalk.ENUM_OBLIGATION, o.kind),
                                  CareerTalk.Name(CareerTalk.ENUM_TRIGGER, o.trigger),
                                  CareerTalk.Text(o.trigger_date), CareerTalk.Text(o.window_start),
                                  CareerTalk.Text(o.due_date), CareerTalk.Name(CareerTalk.ENUM_STATUS, o.status),
                                  CareerTalk.Text(o.held_on), o.exemption_id.ToString(), o.rule_id.ToString(),
                                  o.citation.ToString(), Basis(o.basis));
                rows.Add(line);
                Console.WriteLine(line);
            }
            // Advisories and entitlements, as the tool's schedule writes them.
            foreach (var f in CareerTalk.Findings(ev)) {
                string line = Row(id, CareerTalk.Name(CareerTalk.ENUM_OBLIGATION, f.about), "", "",
                                  CareerTalk.Text(f.review_start), CareerTalk.Text(f.date),
                                  CareerTalk.Name(CareerTalk.ENUM_FINDING, f.kind), "", "",
                                  f.rule_id.ToString(), f.citation.ToString(), Basis(f.basis));
                rows.Add(line);
                Console.WriteLine(line);
            }
            foreach (IntPtr q in new[] { e.id.data, c.cao.data, e.interviews, e.absences, e.trainings, e.medical_visits })
                CareerTalk.Free(q);
        }
        CareerTalk.careertalk_evaluation_free(ev);
        if (args.Length < 4) return 0;
        string[] tool = File.ReadAllLines(args[3]);
        int missing = 0;
        foreach (string line in tool.Skip(1))
            if (!rows.Contains(line) && !PlannedMatches(line, rows)) {
                Console.Error.WriteLine("a row of the tool C# did not give: " + line);
                ++missing;
            }
        Console.Error.WriteLine((tool.Length - 1) + " rows of the tool, " + missing + " missing");
        return missing != 0 || tool.Length < 2 ? 1 : 0;
    }

    // The tool says "planned" of an open obligation whose interview is planned after the as-of
    // date; the library, not given that interview, says upcoming or due_soon (the first seven
    // fields hold no comma).
    static bool PlannedMatches(string toolLine, HashSet<string> rows) {
        string[] f = toolLine.Split(new[] { ',' }, 8);
        if (f.Length < 8 || f[6] != "planned") return false;
        foreach (string status in new[] { "upcoming", "due_soon" }) {
            f[6] = status;
            if (rows.Contains(string.Join(",", f))) return true;
        }
        return false;
    }
}
