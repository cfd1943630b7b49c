// The C interface (careertalk/c/careertalk.h) from Java through JNA: the functions and the
// structs this example uses, field for field in the header's order. With JDK 22+, the
// java.lang.foreign API (Panama) can bind the same functions without JNA.
import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.ByReference;
import com.sun.jna.ptr.PointerByReference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

public interface CareerTalk extends Library {
    CareerTalk C = Native.load("careertalk_c", CareerTalk.class);

    int OK = 0;
    int NO_DATE = Integer.MIN_VALUE;  // CAREERTALK_NO_DATE
    int NONE = Integer.MIN_VALUE;     // CAREERTALK_NONE
    int ENUM_CONTRACT = 0, ENUM_ABSENCE = 1, ENUM_OBLIGATION = 2, ENUM_VISIT = 3,
        ENUM_TRIGGER = 5, ENUM_STATUS = 6, ENUM_BASIS = 7, ENUM_FINDING = 9;

    /** size_t. */
    final class SizeT extends IntegerType {
        public SizeT() { this(0); }
        public SizeT(long value) { super(Native.SIZE_T_SIZE, value, true); }
    }

    /** A size_t the library writes. */
    final class SizeTByReference extends ByReference {
        public SizeTByReference() { super(Native.SIZE_T_SIZE); }
        public long value() {
            return Native.SIZE_T_SIZE == 8 ? getPointer().getLong(0) : getPointer().getInt(0);
        }
    }

    /** careertalk_str: UTF-8 text, not NUL-terminated. */
    @Structure.FieldOrder({"data", "size"})
    class Str extends Structure {
        public Pointer data;
        public SizeT size = new SizeT();
        public Str() {}
        public Str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            com.sun.jna.Memory m = new com.sun.jna.Memory(Math.max(1, b.length));
            m.write(0, b, 0, b.length);
            data = m;
            size = new SizeT(b.length);
        }
        public String text() {
            long n = size.longValue();
            return n == 0 ? "" : new String(data.getByteArray(0, (int) n), StandardCharsets.UTF_8);
        }
    }

    @Structure.FieldOrder({"start", "end", "kind", "work_resumed_percent"})
    class Absence extends Structure {
        public int start, end = NO_DATE;
        public byte kind, work_resumed_percent;
    }

    @Structure.FieldOrder({"date", "kind", "at_employee_request"})
    class Interview extends Structure {
        public int date;
        public byte kind, at_employee_request;
    }

    @Structure.FieldOrder({"date", "hours", "mandatory"})
    class Training extends Structure {
        public int date;
        public short hours;
        public byte mandatory;
    }

    @Structure.FieldOrder({"date", "kind"})
    class MedicalVisit extends Structure {
        public int date;
        public byte kind;
    }

    @Structure.FieldOrder({"id", "hire_date", "birth_date", "contract_end", "function_start",
                           "aow_date", "contract", "flags", "absences", "absence_count",
                           "interviews", "interview_count", "trainings", "training_count",
                           "certifications", "certification_count", "progressions",
                           "progression_count", "transfers", "transfer_count", "medical_visits",
                           "medical_visit_count", "requests", "request_count", "outcomes",
                           "outcome_count"})
    class Employee extends Structure {
        public Str id = new Str();
        public int hire_date, birth_date = NO_DATE, contract_end = NO_DATE,
                   function_start = NO_DATE, aow_date = NO_DATE;
        public byte contract, flags;
        public Pointer absences, interviews, trainings, certifications, progressions, transfers,
                       medical_visits, requests, outcomes;
        public SizeT absence_count = new SizeT(), interview_count = new SizeT(),
                     training_count = new SizeT(), certification_count = new SizeT(),
                     progression_count = new SizeT(), transfer_count = new SizeT(),
                     medical_visit_count = new SizeT(), request_count = new SizeT(),
                     outcome_count = new SizeT();
    }

    @Structure.FieldOrder({"headcount", "agreement_cycle_months", "idcc",
                           "penalty_threshold_met", "agreement_date", "cao",
                           "headcount_history", "headcount_history_count"})
    class Company extends Structure {
        public int headcount = NONE, agreement_cycle_months = NONE, idcc = NONE;
        public byte penalty_threshold_met = -1;
        public int agreement_date = NO_DATE;
        public Str cao = new Str();
        public Pointer headcount_history;
        public SizeT headcount_history_count = new SizeT();
    }

    @Structure.FieldOrder({"trigger_date", "window_start", "due_date", "held_on", "kind",
                           "trigger", "status", "basis", "rule_id", "citation", "exemption_id",
                           "deadline_rule_id", "agenda_size"})
    class Obligation extends Structure {
        public int trigger_date, window_start, due_date, held_on;
        public byte kind, trigger, status, basis;
        public Str rule_id, citation, exemption_id, deadline_rule_id;
        public int agenda_size;
        public Obligation() {}
        public Obligation(Pointer p) { super(p); read(); }
    }

    @Structure.FieldOrder({"review_start", "review_end", "date", "payment_due", "amount_cents",
                           "kind", "payee", "missing", "about", "basis", "rule_id", "citation"})
    class Finding extends Structure {
        public int review_start, review_end, date, payment_due;
        public long amount_cents;
        public byte kind, payee, missing, about, basis;
        public Str rule_id, citation;
        public Finding() {}
        public Finding(Pointer p) { super(p); read(); }
    }

    int careertalk_evaluation_new(PointerByReference out);
    int careertalk_evaluation_free(Pointer ev);
    int careertalk_evaluate(Pointer ev, byte[] rules, SizeT rulesSize, Employee employee,
                            Company company, int asOf);
    int careertalk_obligations(Pointer ev, PointerByReference items, SizeTByReference count);
    int careertalk_findings(Pointer ev, PointerByReference items, SizeTByReference count);
    int careertalk_enum_name(int which, int value, Str out);
    int careertalk_enum_value(int which, byte[] name, SizeT size, int[] value);

    // Helpers over the functions above.

    /** The enumerator's name (the CSV id), e.g. name(ENUM_STATUS, 2) is "overdue". */
    static String name(int which, int value) {
        Str s = new Str();
        return C.careertalk_enum_name(which, value, s) == OK ? s.text() : "?";
    }

    /** The enumerator named `name`. */
    static byte value(int which, String name) {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        int[] v = new int[1];
        if (C.careertalk_enum_value(which, b, new SizeT(b.length), v) != OK)
            throw new IllegalArgumentException("unknown name " + name);
        return (byte) v[0];
    }

    /** Dates are days since 1970-01-01, as LocalDate's epoch day. */
    static int day(LocalDate d) { return (int) d.toEpochDay(); }
    static String text(int day) { return day == NO_DATE ? "" : LocalDate.ofEpochDay(day).toString(); }

    /** Evaluates `e` at `c` into `ev` under rule set `rules`; throws with the status if not OK. */
    static Obligation[] schedule(Pointer ev, String rules, Employee e, Company c, LocalDate asOf) {
        byte[] r = rules.getBytes(StandardCharsets.UTF_8);
        int status = C.careertalk_evaluate(ev, r, new SizeT(r.length), e, c, day(asOf));
        if (status != OK) throw new IllegalStateException("careertalk_evaluate: status " + status);
        PointerByReference items = new PointerByReference();
        SizeTByReference n = new SizeTByReference();
        C.careertalk_obligations(ev, items, n);
        if (n.value() == 0) return new Obligation[0];
        return (Obligation[]) new Obligation(items.getValue()).toArray((int) n.value());
    }

    static Finding[] findings(Pointer ev) {
        PointerByReference items = new PointerByReference();
        SizeTByReference n = new SizeTByReference();
        C.careertalk_findings(ev, items, n);
        if (n.value() == 0) return new Finding[0];
        return (Finding[]) new Finding(items.getValue()).toArray((int) n.value());
    }
}
