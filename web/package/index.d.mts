// careertalk in WebAssembly: the careertalk tool's questions, answered on this machine.
// Each question takes the tool's options (docs/cli/) in camelCase; README.md has examples.

/** A file: its bytes (Windows-1252 and Latin-1 are detected) or text, or a named file with
 *  an optional map of its column names and labels (the tool's --map and FILE:MAP). */
export type FileData = Uint8Array | ArrayBuffer | string;
export type InputFile = FileData | { name?: string; data: FileData; map?: FileData | { name?: string; data: FileData } };

/** Options shared by the questions over people and events. */
export interface FileOptions {
  people: InputFile;
  events?: InputFile | InputFile[];
  company?: InputFile;
  /** YYYY-MM-DD; default: today. */
  asOf?: string;
  /** fr (default), fr:<name>, nl, nl:<name> (`rules()` lists them). */
  rules?: string;
  lang?: 'en' | 'fr' | 'nl';
  headcount?: number | string;
  delimiter?: ',' | ';' | 'tab';
  encoding?: 'utf-8' | 'cp1252' | 'latin1';
  dateFormat?: 'any' | 'iso' | 'dmy' | 'mdy';
  /** Columns of the people file carried to every row, after the id. */
  keep?: string[];
  /** COLUMN=VALUE filters; a column given twice takes either value. */
  where?: string[];
  warnings?: 'summary' | 'all';
  strict?: boolean;
}

export interface ScheduleOptions extends FileOptions {
  format?: 'json' | 'csv' | 'ics' | 'table';
  /** 3m, 6w, 90d, 1y: only what is owed by the as-of date plus this, overdue included. */
  dueWithin?: string;
  /** Statuses, e.g. ['overdue', 'due_soon']. */
  status?: string[];
  horizon?: number;
  warnDays?: number;
  explain?: boolean;
  /** ics only. */
  remind?: string;
  all?: boolean;
}
export interface AuditOptions extends FileOptions {
  format?: 'json' | 'csv' | 'table';
  until?: string;
  explain?: boolean;
}
export interface SummaryOptions extends FileOptions {
  format?: 'json' | 'csv' | 'table';
  until?: string;
  by?: string;
  dueWithin?: string;
  status?: string[];
}
export interface TimelineOptions extends FileOptions {
  id: string;
  horizon?: number;
  warnDays?: number;
}
export interface AgendaOptions {
  kind: string;
  rules?: string;
  /** YYYY-MM-DD; default: today. */
  on?: string;
  lang?: 'en' | 'fr' | 'nl';
  format?: 'json' | 'csv' | 'table' | 'markdown';
}
export interface RulesOptions {
  rules?: string;
  lang?: 'en' | 'fr' | 'nl';
  format?: 'json' | 'csv' | 'table' | 'markdown';
}

/** A schedule row (docs/schema/schedule.schema.json): ids as in the tool's JSON. */
export interface ScheduleRow {
  id: string;
  obligation: string;
  trigger: string | null;
  trigger_date: string | null;
  window_start: string | null;
  due_date: string | null;
  status: string;
  held_on: string | null;
  exemption: string | null;
  rule: string | null;
  citation: string | null;
  basis: string;
  [kept: string]: string | null;
}
export interface Envelope<Row> {
  as_of: string;
  rules: string;
  readings: string[];
  rows: Row[];
  rejected: { id: string; file: string; line: number }[];
  totals: { employees_read: number; evaluated: number; rejected: number; rows: number };
}
export interface SummaryRow {
  section: string;
  item: string | null;
  employees: number;
  count: number;
  eur: number | null;
  date: string | null;
}
export interface Labels {
  /** The names `rules` takes: fr, fr:<name>, nl, nl:<name>. */
  rule_sets: string[];
  obligation: Record<string, string>;
  trigger: Record<string, string>;
  status: Record<string, string>;
  finding: Record<string, string>;
  payee: Record<string, string>;
  basis: Record<string, string>;
  columns: Record<'schedule' | 'audit' | 'summary' | 'rules' | 'agenda', Record<string, string>>;
}

/** The tool's exit code (0, or 2 when some rows were rejected: `messages` names them), its
 *  answer, and its messages (warnings and rejected rows), one per line. */
export interface Answer<T> {
  code: 0 | 2;
  answer: T;
  messages: string[];
}

export interface Careertalk {
  schedule(o: ScheduleOptions & { format?: 'json' }): Answer<Envelope<ScheduleRow>>;
  schedule(o: ScheduleOptions & { format: 'csv' | 'ics' | 'table' }): Answer<string>;
  audit(o: AuditOptions & { format?: 'json' }): Answer<Envelope<Record<string, unknown>>>;
  audit(o: AuditOptions & { format: 'csv' | 'table' }): Answer<string>;
  summary(o: SummaryOptions & { format?: 'json' }): Answer<SummaryRow[]>;
  summary(o: SummaryOptions & { format: 'csv' | 'table' }): Answer<string>;
  /** The employee's timeline as an SVG document. */
  timeline(o: TimelineOptions): Answer<string>;
  /** Checks the files only: the answer is empty, the messages say what is wrong. */
  validate(o: FileOptions): Answer<string>;
  agenda(o: AgendaOptions): Answer<Record<string, unknown>[] | string>;
  rules(o?: RulesOptions): Answer<Record<string, unknown>[] | string>;
  /** The words of the outputs in `lang`, by the ids the JSON carries. */
  labels(o?: { lang?: 'en' | 'fr' | 'nl' }): Answer<Labels>;
  /** The tool itself: `args` after the program name; `{file: i}` or `{file: i, map: j}`
   *  name `files[i]` (FILE or FILE:MAP). */
  run(args: (string | { file: number; map?: number })[], files: { name: string; data: Uint8Array }[]):
    { code: number; output: Uint8Array; stdout: string; messages: string };
}

/** A usage error (code 1) or an output failure (3), with the tool's message. */
export class CareertalkError extends Error {
  code: number;
}
export const EXIT: { ok: 0; usage: 1; input: 2; output: 3 };

/** Loads the WebAssembly module (about 1.7 MB); each call answers synchronously after. */
export function load(): Promise<Careertalk>;
