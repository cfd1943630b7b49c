// The C interface (careertalk/c/careertalk.h) from C# through P/Invoke: the functions and the
// structs this example uses, field for field in the header's order (LayoutKind.Sequential
// gives the C layout). Lists are unmanaged arrays the caller allocates and frees.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

public static class CareerTalk {
    const string Lib = "careertalk_c";  // libcareertalk_c.so (DllImport adds lib... .so)

    public const int OK = 0;
    public const int NO_DATE = int.MinValue;  // CAREERTALK_NO_DATE
    public const int NONE = int.MinValue;     // CAREERTALK_NONE
    public const int ENUM_CONTRACT = 0, ENUM_ABSENCE = 1, ENUM_OBLIGATION = 2, ENUM_TRIGGER = 5,
                     ENUM_STATUS = 6, ENUM_BASIS = 7, ENUM_FINDING = 9;

    // careertalk_str: UTF-8 text, not NUL-terminated.
    [StructLayout(LayoutKind.Sequential)]
    public struct Str {
        public IntPtr data;
        public UIntPtr size;
        public override string ToString() {
            int n = (int) size.ToUInt64();
            if (n == 0) return "";
            byte[] b = new byte[n];
            Marshal.Copy(data, b, 0, n);
            return Encoding.UTF8.GetString(b);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Absence { public int start, end; public byte kind, work_resumed_percent; }

    [StructLayout(LayoutKind.Sequential)]
    public struct Interview { public int date; public byte kind, at_employee_request; }

    [StructLayout(LayoutKind.Sequential)]
    public struct Training { public int date; public short hours; public byte mandatory; }

    [StructLayout(LayoutKind.Sequential)]
    public struct MedicalVisit { public int date; public byte kind; }

    [StructLayout(LayoutKind.Sequential)]
    public struct Employee {
        public Str id;
        public int hire_date, birth_date, contract_end, function_start, aow_date;
        public byte contract, flags;
        public IntPtr absences; public UIntPtr absence_count;
        public IntPtr interviews; public UIntPtr interview_count;
        public IntPtr trainings; public UIntPtr training_count;
        public IntPtr certifications; public UIntPtr certification_count;
        public IntPtr progressions; public UIntPtr progression_count;
        public IntPtr transfers; public UIntPtr transfer_count;
        public IntPtr medical_visits; public UIntPtr medical_visit_count;
        public IntPtr requests; public UIntPtr request_count;
        public IntPtr outcomes; public UIntPtr outcome_count;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Company {
        public int headcount, agreement_cycle_months, idcc;
        public sbyte penalty_threshold_met;
        public int agreement_date;
        public Str cao;
        public IntPtr headcount_history; public UIntPtr headcount_history_count;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Obligation {
        public int trigger_date, window_start, due_date, held_on;
        public byte kind, trigger, status, basis;
        public Str rule_id, citation, exemption_id, deadline_rule_id;
        public uint agenda_size;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Finding {
        public int review_start, review_end, date, payment_due;
        public long amount_cents;
        public byte kind, payee, missing, about, basis;
        public Str rule_id, citation;
    }

    [DllImport(Lib)] public static extern int careertalk_evaluation_new(out IntPtr ev);
    [DllImport(Lib)] public static extern int careertalk_evaluation_free(IntPtr ev);
    [DllImport(Lib)] static extern int careertalk_evaluate(IntPtr ev, byte[] rules, UIntPtr size,
                                                          ref Employee e, ref Company c, int asOf);
    [DllImport(Lib)] static extern int careertalk_obligations(IntPtr ev, out IntPtr items, out UIntPtr n);
    [DllImport(Lib)] static extern int careertalk_findings(IntPtr ev, out IntPtr items, out UIntPtr n);
    [DllImport(Lib)] static extern int careertalk_enum_name(int which, int value, out Str name);
    [DllImport(Lib)] static extern int careertalk_enum_value(int which, byte[] name, UIntPtr size,
                                                            out int value);

    // An employee and a company with every optional fact unknown and no list.
    public static Employee NewEmployee() {
        return new Employee { birth_date = NO_DATE, contract_end = NO_DATE,
                              function_start = NO_DATE, aow_date = NO_DATE };
    }
    public static Company NewCompany() {
        return new Company { headcount = NONE, agreement_cycle_months = NONE, idcc = NONE,
                             penalty_threshold_met = -1, agreement_date = NO_DATE };
    }

    // Text the library reads during the call: UTF-8 in unmanaged memory (free with Free).
    public static Str Text(string s) {
        byte[] b = Encoding.UTF8.GetBytes(s);
        IntPtr p = Marshal.AllocHGlobal(Math.Max(1, b.Length));
        Marshal.Copy(b, 0, p, b.Length);
        return new Str { data = p, size = (UIntPtr) b.Length };
    }

    // A list the library reads during the call: the structs in unmanaged memory.
    public static IntPtr Array<T>(List<T> items) where T : struct {
        if (items.Count == 0) return IntPtr.Zero;
        int size = Marshal.SizeOf(typeof(T));
        IntPtr p = Marshal.AllocHGlobal(size * items.Count);
        for (int i = 0; i < items.Count; ++i) Marshal.StructureToPtr(items[i], p + i * size, false);
        return p;
    }

    public static void Free(IntPtr p) { if (p != IntPtr.Zero) Marshal.FreeHGlobal(p); }

    // The enumerator's name (the CSV id), e.g. Name(ENUM_STATUS, 2) is "overdue".
    public static string Name(int which, int value) {
        Str s;
        return careertalk_enum_name(which, value, out s) == OK ? s.ToString() : "?";
    }

    // The enumerator named `name`.
    public static byte Value(int which, string name) {
        byte[] b = Encoding.UTF8.GetBytes(name);
        int v;
        if (careertalk_enum_value(which, b, (UIntPtr) b.Length, out v) != OK)
            throw new ArgumentException("unknown name " + name);
        return (byte) v;
    }

    // Dates are days since 1970-01-01.
    static readonly DateTime Epoch = new DateTime(1970, 1, 1);
    public static int Day(DateTime d) { return (int) (d.Date - Epoch).TotalDays; }
    public static string Text(int day) {
        return day == NO_DATE ? "" : Epoch.AddDays(day).ToString("yyyy-MM-dd");
    }

    static T[] Read<T>(IntPtr items, UIntPtr n) where T : struct {
        int size = Marshal.SizeOf(typeof(T));
        var all = new T[(int) n.ToUInt64()];
        for (int i = 0; i < all.Length; ++i)
            all[i] = (T) Marshal.PtrToStructure(items + i * size, typeof(T));
        return all;
    }

    // Evaluates `e` at `c` into `ev` under rule set `rules`; throws with the status if not OK.
    public static Obligation[] Schedule(IntPtr ev, string rules, Employee e, Company c, DateTime asOf) {
        byte[] r = Encoding.UTF8.GetBytes(rules);
        int status = careertalk_evaluate(ev, r, (UIntPtr) r.Length, ref e, ref c, Day(asOf));
        if (status != OK) throw new InvalidOperationException("careertalk_evaluate: status " + status);
        IntPtr items;
        UIntPtr n;
        careertalk_obligations(ev, out items, out n);
        return Read<Obligation>(items, n);
    }

    public static Finding[] Findings(IntPtr ev) {
        IntPtr items;
        UIntPtr n;
        careertalk_findings(ev, out items, out n);
        return Read<Finding>(items, n);
    }
}
