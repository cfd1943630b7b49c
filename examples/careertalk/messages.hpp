// The careertalk tool's messages to a person (errors and warnings on standard error) in
// English, French and Dutch, following --lang. A message's `{}` are filled in order by say();
// a message whose languages have different numbers of `{}` does not compile. Field names,
// values, options and file names stay as written: they are what the person types.
#pragma once

#include "labels.hpp"

#include <careertalk/io/csv.hpp>

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace careertalk::cli {

// The number of `{}` in `s`.
constexpr std::size_t holes(std::string_view s) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (s[i] == '{' && s[i + 1] == '}') ++n, ++i;
    return n;
}

// A message in the three languages; consteval, so that a translation missing a `{}` (or with
// one too many) is a compile error, not an argument silently dropped.
struct message : labels {
    consteval message(std::string_view e, std::string_view f, std::string_view n)
        : labels{e, f, n} {
        if (e.empty() || f.empty() || n.empty() || holes(e) != holes(f) || holes(e) != holes(n))
            throw "a message needs its three languages with the same number of {}";
    }
};

// `m` in language `l`, each `{}` replaced by the next of `args` (missing ones left empty).
inline std::string say(const labels& m, lang l, std::span<const std::string_view> args) {
    const std::string_view text = m(l);
    std::string s;
    auto arg = args.begin();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '}') {
            if (arg != args.end()) s += *arg++;
            ++i;
        } else {
            s.push_back(text[i]);
        }
    }
    return s;
}
inline std::string say(const labels& m, lang l, std::initializer_list<std::string_view> args = {}) {
    return say(m, l, std::span{args.begin(), args.size()});
}

namespace msg {

// --- reading files: encodings, separators, dates, numbers (dialect.cpp) ------------------------
inline constexpr message bom_but_encoding{
    "the file starts with a UTF-8 byte order mark, but --encoding is {}",
    "le fichier commence par une marque d'ordre des octets UTF-8, mais --encoding vaut {}",
    "het bestand begint met een UTF-8-byte-order-mark, maar --encoding is {}"};
inline constexpr message mixed_byte{
    "byte {} is not UTF-8, but earlier lines are: the file mixes encodings; save it in one (or "
    "give --encoding)",
    "l'octet {} n'est pas de l'UTF-8, alors que les lignes précédentes le sont : le fichier "
    "mélange des encodages ; enregistrez-le dans un seul (ou indiquez --encoding)",
    "byte {} is geen UTF-8, maar eerdere regels wel: het bestand mengt tekensets; sla het op in "
    "één tekenset (of geef --encoding)"};
inline constexpr message mixed_line{
    "UTF-8 text, but line {} is not UTF-8 (read as WINDOWS-1252): the file mixes encodings; save "
    "it in one (or give --encoding)",
    "texte UTF-8, mais la ligne {} n'est pas de l'UTF-8 (lue en WINDOWS-1252) : le fichier "
    "mélange des encodages ; enregistrez-le dans un seul (ou indiquez --encoding)",
    "UTF-8-tekst, maar regel {} is geen UTF-8 (gelezen als WINDOWS-1252): het bestand mengt "
    "tekensets; sla het op in één tekenset (of geef --encoding)"};
inline constexpr message iconv_cannot{"the C library's iconv cannot convert from {}",
                                      "l'iconv de la bibliothèque C ne sait pas convertir depuis {}",
                                      "iconv van de C-bibliotheek kan niet converteren vanuit {}"};
inline constexpr message not_a_character{"byte {} is not a character in {}",
                                         "l'octet {} n'est pas un caractère de {}",
                                         "byte {} is geen teken in {}"};
inline constexpr message not_a_character_detected{
    "byte {} is not a character in {} (detected: the line is not UTF-8)",
    "l'octet {} n'est pas un caractère de {} (détecté : la ligne n'est pas de l'UTF-8)",
    "byte {} is geen teken in {} (gedetecteerd: de regel is geen UTF-8)"};
inline constexpr message no_iconv{
    "not UTF-8, and this careertalk was built without iconv (CAREERTALK_ICONV) to read {}",
    "pas de l'UTF-8, et ce careertalk a été compilé sans iconv (CAREERTALK_ICONV) pour lire le {}",
    "geen UTF-8, en deze careertalk is gebouwd zonder iconv (CAREERTALK_ICONV) om {} te lezen"};
inline constexpr message separator_tie{
    "the header has as many of two separators (';' ',' tab); give --delimiter",
    "l'en-tête contient deux séparateurs (';' ',' tabulation) en nombre égal ; indiquez "
    "--delimiter",
    "de kopregel bevat twee scheidingstekens (';' ',' tab) even vaak; geef --delimiter"};

inline constexpr message expected_iso{"(expected YYYY-MM-DD)", "(attendu : YYYY-MM-DD)",
                                      "(verwacht: YYYY-MM-DD)"};
inline constexpr message expected_dmy{"(expected YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)",
                                      "(attendu : YYYY-MM-DD, DD/MM/YYYY ou DD-MM-YYYY)",
                                      "(verwacht: YYYY-MM-DD, DD/MM/YYYY of DD-MM-YYYY)"};
inline constexpr message expected_mdy{"(expected YYYY-MM-DD or MM/DD/YYYY)",
                                      "(attendu : YYYY-MM-DD ou MM/DD/YYYY)",
                                      "(verwacht: YYYY-MM-DD of MM/DD/YYYY)"};
inline constexpr message expected_any{
    "(expected YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or MM/DD/YYYY)",
    "(attendu : YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY ou MM/DD/YYYY)",
    "(verwacht: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY of MM/DD/YYYY)"};
inline constexpr message time_of_day{"not a date {}: a time of day other than 00:00 {}",
                                     "pas une date {} : une heure autre que 00:00 {}",
                                     "geen datum {}: een tijdstip anders dan 00:00 {}"};
inline constexpr message not_a_calendar_date{"not a calendar date {} {}",
                                             "pas une date du calendrier {} {}",
                                             "geen kalenderdatum {} {}"};
inline constexpr message ambiguous_date{
    "ambiguous date {}: {} (DD/MM) or {} (MM/DD); give --date-format dmy or mdy (or "
    "option,date_format in the map)",
    "date ambiguë {} : {} (DD/MM) ou {} (MM/DD) ; indiquez --date-format dmy ou mdy (ou "
    "option,date_format dans le fichier de correspondance)",
    "dubbelzinnige datum {}: {} (DD/MM) of {} (MM/DD); geef --date-format dmy of mdy (of "
    "option,date_format in het koppelbestand)"};
// The months of an ambiguous date's readings.
inline constexpr std::array<labels, 12> months{{
    {"January", "janvier", "januari"},
    {"February", "février", "februari"},
    {"March", "mars", "maart"},
    {"April", "avril", "april"},
    {"May", "mai", "mei"},
    {"June", "juin", "juni"},
    {"July", "juillet", "juli"},
    {"August", "août", "augustus"},
    {"September", "septembre", "september"},
    {"October", "octobre", "oktober"},
    {"November", "novembre", "november"},
    {"December", "décembre", "december"},
}};
static_assert(complete(months));
inline constexpr message not_a_number{"not a number", "pas un nombre", "geen getal"};
inline constexpr message not_a_whole_number{"not a whole number", "pas un nombre entier",
                                            "geen geheel getal"};
// "did you mean" (dialect.hpp suggestion()), after a message.
inline constexpr message did_you_mean{"; did you mean {}?", " ; vouliez-vous dire {} ?",
                                      "; bedoelde u {}?"};
inline constexpr message one_of{" (one of: {})", " (parmi : {})", " (een van: {})"};

// --- the map file (dialect.cpp) ----------------------------------------------------------------
inline constexpr message label_not_in_map{"label {} not in the map {}{}",
                                          "libellé {} absent du fichier de correspondance {}{}",
                                          "label {} staat niet in het koppelbestand {}{}"};
inline constexpr message cannot_open_map{"cannot open the map",
                                         "impossible d'ouvrir le fichier de correspondance",
                                         "kan het koppelbestand niet openen"};
inline constexpr message map_header{"a map's header is section,from,to",
                                    "l'en-tête d'un fichier de correspondance est section,from,to",
                                    "de kopregel van een koppelbestand is section,from,to"};
inline constexpr message map_row_width{"{} fields; a map row has 3",
                                       "{} champs ; une ligne de correspondance en a 3",
                                       "{} velden; een regel van een koppelbestand heeft er 3"};
inline constexpr message column_mapped_twice{"column {} mapped twice",
                                             "colonne {} associée deux fois",
                                             "kolom {} twee keer gekoppeld"};
inline constexpr message label_mapped_twice{"label {} of {} mapped twice",
                                            "libellé {} de {} associé deux fois",
                                            "label {} van {} twee keer gekoppeld"};
inline constexpr message map_delimiter{"delimiter is ; , or tab", "delimiter vaut ; , ou tab",
                                       "delimiter is ; , of tab"};
inline constexpr message map_encoding{"encoding is utf-8, cp1252 or latin1, not {}",
                                      "encoding vaut utf-8, cp1252 ou latin1, pas {}",
                                      "encoding is utf-8, cp1252 of latin1, niet {}"};
inline constexpr message map_date_format{"date_format is any, iso, dmy or mdy, not {}",
                                         "date_format vaut any, iso, dmy ou mdy, pas {}",
                                         "date_format is any, iso, dmy of mdy, niet {}"};
inline constexpr message map_unknown_option{
    "unknown option {} (one of: delimiter, encoding, date_format)",
    "option inconnue {} (parmi : delimiter, encoding, date_format)",
    "onbekende optie {} (een van: delimiter, encoding, date_format)"};
inline constexpr message map_unknown_section{
    "unknown section {} (one of: column, value:FIELD, default, option)",
    "section inconnue {} (parmi : column, value:FIELD, default, option)",
    "onbekende sectie {} (een van: column, value:FIELD, default, option)"};
inline constexpr message empty_map{
    "empty map: the header section,from,to is required",
    "fichier de correspondance vide : l'en-tête section,from,to est obligatoire",
    "leeg koppelbestand: de kopregel section,from,to is verplicht"};

// --- the CSV reader's problems (include/careertalk/io/csv.hpp, csv_problem) ---------------------
inline constexpr message csv_too_many_columns{"more than {} columns", "plus de {} colonnes",
                                              "meer dan {} kolommen"};
inline constexpr message csv_field_too_long{"field longer than {} bytes",
                                            "champ de plus de {} octets",
                                            "veld langer dan {} bytes"};
inline constexpr message csv_quote_in_field{
    "quote inside an unquoted field (quote the whole field and double the quote)",
    "guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets et doublez "
    "le guillemet)",
    "aanhalingsteken in een veld zonder aanhalingstekens (zet het hele veld tussen "
    "aanhalingstekens en verdubbel het aanhalingsteken)"};
inline constexpr message csv_end_in_quotes{"end of file inside a quoted field",
                                           "fin du fichier dans un champ entre guillemets",
                                           "einde van het bestand in een veld tussen "
                                           "aanhalingstekens"};
inline constexpr message csv_after_quote{"unexpected character after a closing quote",
                                         "caractère inattendu après un guillemet fermant",
                                         "onverwacht teken na een sluitend aanhalingsteken"};
inline constexpr message csv_nul{"NUL byte in column {}", "octet NUL dans la colonne {}",
                                 "NUL-byte in kolom {}"};
inline constexpr message csv_invalid_utf8{"invalid UTF-8 in column {}",
                                          "UTF-8 invalide dans la colonne {}",
                                          "ongeldige UTF-8 in kolom {}"};

// --- fields and rows (input.cpp) ---------------------------------------------------------------
inline constexpr message out_of_range{"out of range", "hors limites", "buiten bereik"};
inline constexpr message whole_number_from_to{"{}: {} (a whole number from {} to {})",
                                              "{} : {} (un nombre entier de {} à {})",
                                              "{}: {} (een geheel getal van {} tot en met {})"};
inline constexpr message expected_bool{"expected true or false, not {}",
                                       "attendu : vrai ou faux, pas {}",
                                       "verwacht: ja of nee, niet {}"};
// "unknown conversation kind 'x'": the message, then what is unknown.
inline constexpr message unknown_value{"unknown {} {}{}", "{} inconnu {}{}", "onbekende {} {}{}"};
inline constexpr message conversation_kind{"conversation kind", "type d'entretien",
                                           "gesprekssoort"};
inline constexpr message absence_kind{"absence kind", "type d'absence", "soort afwezigheid"};
inline constexpr message visit_kind{"visit kind", "type de visite", "soort onderzoek"};
inline constexpr message outcome_kind{"outcome", "type de suite", "uitkomst"};
inline constexpr message contract_kind{"contract kind", "type de contrat", "soort contract"};
inline constexpr message partial_return_not_sickness{
    "only a sickness (ziekte) has a partial return ':N'; got {}",
    "seule une maladie (ziekte) a une reprise partielle ':N' ; reçu {}",
    "alleen een ziekmelding (ziekte) kent een gedeeltelijke werkhervatting ':N'; gegeven: {}"};
inline constexpr message partial_return_percent{
    "a partial return is ziekte:N with N the percent of work resumed, 1 to 99 (100 is "
    "recovery: end the sickness instead); got {}",
    "une reprise partielle s'écrit ziekte:N, N étant le pourcentage de travail repris, de 1 à "
    "99 (100 est une guérison : terminez plutôt la maladie) ; reçu {}",
    "een gedeeltelijke werkhervatting is ziekte:N met N het percentage hervat werk, 1 tot en "
    "met 99 (100 is herstel: beëindig dan de ziekte); gegeven: {}"};
inline constexpr message unknown_training_detail{
    "unknown training detail {} (one of: obligatoire, non_obligatoire)",
    "détail de formation inconnu {} (parmi : obligatoire, non_obligatoire)",
    "onbekend detail van een opleiding {} (een van: obligatoire, non_obligatoire)"};
inline constexpr message unknown_studiekosten_flag{
    "unknown studiekosten flag {} (flags joined by '+', one of: verplicht, beding, "
    "huidige_functie, reintegratie, cao_aftrek)",
    "indicateur studiekosten inconnu {} (indicateurs joints par '+', parmi : verplicht, beding, "
    "huidige_functie, reintegratie, cao_aftrek)",
    "onbekende studiekosten-vlag {} (vlaggen verbonden met '+', een van: verplicht, beding, "
    "huidige_functie, reintegratie, cao_aftrek)"};
inline constexpr message no_detail{"this kind of event takes no detail",
                                   "ce type d'événement n'a pas de détail",
                                   "deze soort gebeurtenis heeft geen detail"};
inline constexpr message expected_history{"expected YYYY:N;YYYY:N, not {}",
                                          "attendu : YYYY:N;YYYY:N, pas {}",
                                          "verwacht: YYYY:N;YYYY:N, niet {}"};
inline constexpr message expected_header{"expected a header row",
                                         "une ligne d'en-tête est attendue",
                                         "een kopregel verwacht"};
inline constexpr message expected_company_row{
    "expected one row of company values under the header",
    "une ligne de valeurs de l'entreprise est attendue sous l'en-tête",
    "één regel met bedrijfsgegevens onder de kopregel verwacht"};
inline constexpr message second_company{"one company per file: a second row",
                                        "une entreprise par fichier : une deuxième ligne",
                                        "één bedrijf per bestand: een tweede regel"};
inline constexpr message is_a_directory{"is a directory, not a file",
                                        "est un dossier, pas un fichier",
                                        "is een map, geen bestand"};
inline constexpr message cannot_open{"cannot open: {}", "impossible d'ouvrir : {}",
                                     "kan niet openen: {}"};
inline constexpr message expected_where{"{}: expected COLUMN=VALUE", "{} : attendu COLONNE=VALEUR",
                                        "{}: verwacht KOLOM=WAARDE"};
inline constexpr message column_twice{"column given twice", "colonne présente deux fois",
                                      "kolom staat er twee keer in"};
inline constexpr message unknown_column_ignored{"unknown column ignored{}",
                                                "colonne inconnue ignorée{}",
                                                "onbekende kolom genegeerd{}"};
inline constexpr message columns_ignored{"columns ignored (not used by careertalk): {}",
                                         "colonnes ignorées (inutilisées par careertalk) : {}",
                                         "kolommen genegeerd (niet gebruikt door careertalk): {}"};
inline constexpr message required_column{"required column missing", "colonne obligatoire absente",
                                         "verplichte kolom ontbreekt"};
inline constexpr message required_column_one{
    "required column missing (the header is one column: is --delimiter right?)",
    "colonne obligatoire absente (l'en-tête n'a qu'une colonne : --delimiter est-il correct ?)",
    "verplichte kolom ontbreekt (de kopregel is één kolom: klopt --delimiter?)"};
// The progress line on a terminal (progress.hpp): rows, rows a second, seconds left.
inline constexpr message progress{"{} rows read, {} a second, about {} s left",
                                  "{} lignes lues, {} par seconde, environ {} s restantes",
                                  "{} regels gelezen, {} per seconde, nog ongeveer {} s"};
inline constexpr message too_many_event_files{"more than 256 event files",
                                              "plus de 256 fichiers d'événements",
                                              "meer dan 256 gebeurtenisbestanden"};
inline constexpr message row_width{"{} fields; the header has {}", "{} champs ; l'en-tête en a {}",
                                   "{} velden; de kopregel heeft er {}"};
inline constexpr message empty_id{"empty id", "identifiant vide", "lege id"};
inline constexpr message unknown_event_kind{"unknown event kind {}{}",
                                            "type d'événement inconnu {}{}",
                                            "onbekende soort gebeurtenis {}{}"};
inline constexpr message appraisal_not_interview{
    "an entretien annuel d'évaluation (appraisal) is not an entretien professionnel (C. trav. "
    "L6315-1 I: it does not assess the employee's work; Cass. soc. 5 July 2023, n° 21-24.122): "
    "not counted as one",
    "un entretien annuel d'évaluation n'est pas un entretien professionnel (C. trav. L6315-1 I : "
    "celui-ci ne porte pas sur l'évaluation du travail du salarié ; Cass. soc. 5 juillet 2023, "
    "n° 21-24.122) : il n'est pas compté comme tel",
    "een entretien annuel d'évaluation (beoordelingsgesprek) is geen entretien professionnel "
    "(C. trav. L6315-1 I: dat gaat niet over de beoordeling van het werk; Cass. soc. 5 juli "
    "2023, n° 21-24.122): niet als zodanig meegeteld"};
inline constexpr message required_value{"required value missing", "valeur obligatoire absente",
                                        "verplichte waarde ontbreekt"};
inline constexpr message end_date_not_allowed{
    "only an absence, a training or studiekosten has an end date",
    "seules une absence, une formation ou des studiekosten ont une date de fin",
    "alleen een afwezigheid, een opleiding of studiekosten heeft een einddatum"};
inline constexpr message ends_before_start{"ends before it starts",
                                           "se termine avant de commencer",
                                           "eindigt voordat het begint"};
inline constexpr message empty_file{"empty file: the header row is required",
                                    "fichier vide : la ligne d'en-tête est obligatoire",
                                    "leeg bestand: de kopregel is verplicht"};
inline constexpr message unclaimed_event{
    "no employee with this id in the people file",
    "aucun salarié avec cet identifiant dans le fichier du personnel",
    "geen medewerker met deze id in het personeelsbestand"};
inline constexpr message no_column{"no column {} in the header{}",
                                   "pas de colonne {} dans l'en-tête{}",
                                   "geen kolom {} in de kopregel{}"};
inline constexpr message duplicate_id{"duplicate id {} (first on line {})",
                                      "identifiant {} en double (première occurrence à la ligne {})",
                                      "dubbele id {} (eerst op regel {})"};

// --- the command line and the run (main.cpp, filters.cpp) --------------------------------------
inline constexpr message expected_delimiter{"expected ; , or tab",
                                            "attendu : point-virgule (;), virgule (,) ou tab",
                                            "verwacht: puntkomma (;), komma (,) of tab"};
inline constexpr message expected_encoding{"expected utf-8, cp1252 or latin1",
                                           "attendu : utf-8, cp1252 ou latin1",
                                           "verwacht: utf-8, cp1252 of latin1"};
inline constexpr message expected_date_format{"expected any, iso, dmy or mdy",
                                              "attendu : any, iso, dmy ou mdy",
                                              "verwacht: any, iso, dmy of mdy"};
inline constexpr message no_xlsx{
    "--format xlsx: this careertalk was built without libxlsxwriter (install libxlsxwriter-dev "
    "and rebuild; CAREERTALK_XLSX)",
    "--format xlsx: ce careertalk a été compilé sans libxlsxwriter (installez "
    "libxlsxwriter-dev et recompilez ; CAREERTALK_XLSX)",
    "--format xlsx: deze careertalk is gebouwd zonder libxlsxwriter (installeer "
    "libxlsxwriter-dev en bouw opnieuw; CAREERTALK_XLSX)"};
inline constexpr message xlsx_needs_file{
    "--format xlsx: give the workbook's file with -o FILE",
    "--format xlsx: indiquez le fichier du classeur avec -o FICHIER",
    "--format xlsx: geef het bestand van de werkmap met -o BESTAND"};
inline constexpr message ics_only{"--all, --remind and --split-by need --format ics",
                                  "--all, --remind et --split-by demandent --format ics",
                                  "--all, --remind en --split-by vereisen --format ics"};
inline constexpr message split_by_needs_dir{
    "--split-by: give the directory for the calendars with -o DIR",
    "--split-by: indiquez le dossier des calendriers avec -o DOSSIER",
    "--split-by: geef de map voor de agenda's met -o MAP"};
inline constexpr message split_by_unknown{
    "--split-by: unknown column '{}' (rules, or a --keep column)",
    "--split-by: colonne inconnue '{}' (rules, ou une colonne de --keep)",
    "--split-by: onbekende kolom '{}' (rules, of een kolom van --keep)"};
inline constexpr message split_by_clash{
    "{}: --split-by {} values '{}' and '{}' would share this calendar",
    "{}: --split-by {} : les valeurs '{}' et '{}' partageraient ce calendrier",
    "{}: --split-by {}: de waarden '{}' en '{}' zouden deze agenda delen"};
inline constexpr message cannot_create_directory{"{}: cannot create the directory: {}",
                                                 "{}: impossible de créer le dossier : {}",
                                                 "{}: kan de map niet aanmaken: {}"};
inline constexpr message not_a_duration{
    "not a duration '{}' (a number and a unit: d days, w weeks, m months, y years, e.g. 3m)",
    "pas une durée '{}' (un nombre et une unité : d jours, w semaines, m mois, y années, par "
    "exemple 3m)",
    "geen duur '{}' (een getal en een eenheid: d dagen, w weken, m maanden, y jaren, "
    "bijvoorbeeld 3m)"};
inline constexpr message duration_too_long{"duration too long '{}' (at most 100 years)",
                                           "durée trop longue '{}' (au plus 100 ans)",
                                           "duur te lang '{}' (hoogstens 100 jaar)"};
inline constexpr message unknown_status{"unknown status '{}' (one of: {})",
                                        "statut inconnu '{}' (parmi : {})",
                                        "onbekende status '{}' (een van: {})"};
inline constexpr message option_not_a_date{
    "{}: not a calendar date '{}' (expected YYYY-MM-DD)",
    "{}: pas une date du calendrier '{}' (attendu : YYYY-MM-DD)",
    "{}: geen kalenderdatum '{}' (verwacht: YYYY-MM-DD)"};
inline constexpr message until_not_a_date{
    "--until: not a calendar date '{}' (expected YYYY-MM-DD, on or after the as-of date {})",
    "--until: pas une date du calendrier '{}' (attendu : YYYY-MM-DD, le {} ou après)",
    "--until: geen kalenderdatum '{}' (verwacht: YYYY-MM-DD, op of na de peildatum {})"};
inline constexpr message until_before_as_of{
    "--until: before the as-of date '{}' (expected YYYY-MM-DD, on or after the as-of date {})",
    "--until: date antérieure à la date d'évaluation '{}' (attendu : YYYY-MM-DD, le {} ou après)",
    "--until: vóór de peildatum '{}' (verwacht: YYYY-MM-DD, op of na de peildatum {})"};
inline constexpr message no_rule_set{"rules: no rule set '{}'", "rules: aucun jeu de règles '{}'",
                                     "rules: geen regelset '{}'"};
inline constexpr message agenda_unknown_kind{
    "agenda: --kind: unknown conversation kind '{}'",
    "agenda: --kind: type d'entretien inconnu '{}'",
    "agenda: --kind: onbekende gesprekssoort '{}'"};
inline constexpr message agenda_none{
    "agenda: rule set '{}' has no {} on {}; `careertalk rules --rules {}` lists its "
    "conversations and dates in force",
    "agenda: le jeu de règles '{}' ne prévoit pas d'entretien {} au {} ; `careertalk rules "
    "--rules {}` liste ses entretiens et leurs dates d'entrée en vigueur",
    "agenda: regelset '{}' heeft geen {} op {}; `careertalk rules --rules {}` toont de "
    "gesprekken en de data waarop ze gelden"};
// Writing the output (output.cpp, xlsx.cpp): output_error.
inline constexpr message output_is_directory{"{}: is a directory", "{}: est un dossier",
                                             "{}: is een map"};
inline constexpr message cannot_write{"{}: cannot write: {}", "{}: impossible d'écrire : {}",
                                      "{}: kan niet schrijven: {}"};
inline constexpr message cannot_write_temporary{
    "{}: cannot write a temporary file next to it ({}): {}",
    "{}: impossible d'écrire un fichier temporaire à côté ({}) : {}",
    "{}: kan er geen tijdelijk bestand naast schrijven ({}): {}"};
inline constexpr message write_failed{"{}: write failed: {}", "{}: échec de l'écriture : {}",
                                      "{}: schrijven mislukt: {}"};
inline constexpr message stdout_write_failed{"standard output: write failed: {}",
                                             "sortie standard : échec de l'écriture : {}",
                                             "standaarduitvoer: schrijven mislukt: {}"};
inline constexpr message stdout_needs_file{
    "standard output: this format is written to a file: give -o FILE",
    "sortie standard : ce format s'écrit dans un fichier : indiquez -o FICHIER",
    "standaarduitvoer: dit formaat wordt naar een bestand geschreven: geef -o BESTAND"};
inline constexpr message needs_file{"{}: this format is written to a file: give -o FILE",
                                    "{}: ce format s'écrit dans un fichier : indiquez -o FICHIER",
                                    "{}: dit formaat wordt naar een bestand geschreven: geef -o "
                                    "BESTAND"};
inline constexpr message cannot_rename{"{}: cannot rename {}: {}",
                                       "{}: impossible de renommer {} : {}",
                                       "{}: kan {} niet hernoemen: {}"};
inline constexpr message xlsx_error{"{}: xlsx: {}", "{}: xlsx : {}", "{}: xlsx: {}"};
inline constexpr message xlsx_no_workbook{"{}: xlsx: cannot create the workbook",
                                          "{}: xlsx : impossible de créer le classeur",
                                          "{}: xlsx: kan de werkmap niet aanmaken"};
inline constexpr message xlsx_out_of_memory{"{}: xlsx: out of memory",
                                            "{}: xlsx : mémoire épuisée",
                                            "{}: xlsx: geheugen vol"};
inline constexpr message xlsx_not_built{
    "{}: xlsx: this careertalk was built without libxlsxwriter",
    "{}: xlsx : ce careertalk a été compilé sans libxlsxwriter",
    "{}: xlsx: deze careertalk is gebouwd zonder libxlsxwriter"};
inline constexpr message out_of_memory{"out of memory", "mémoire épuisée", "geheugen vol"};
// A library rule_choice_error (rule_sets.hpp) by its field.
inline constexpr message unknown_idcc{
    "unknown idcc {}: no branch agreement preset for it in this build",
    "idcc inconnu {} : aucun accord de branche prédéfini pour cet IDCC dans cette version",
    "onbekende idcc {}: geen voorinstelling van een branche-akkoord ervoor in deze versie"};
inline constexpr message unknown_cao{"unknown cao {} (known: {})", "cao inconnue {} (connues : {})",
                                     "onbekende cao {} (bekend: {})"};
inline constexpr message unknown_rule_set{"unknown rule set '{}' (known: {})",
                                          "jeu de règles inconnu '{}' (connus : {})",
                                          "onbekende regelset '{}' (bekend: {})"};

// --- missing facts (warnings.hpp) ---------------------------------------------------------------
inline constexpr message missing_fact{"not given; needed by {}", "non renseigné ; nécessaire à {}",
                                      "niet opgegeven; nodig voor {}"};
inline constexpr message missing_facts{
    "not given for {} employees ({}); needed by {}",
    "non renseigné pour {} salariés ({}) ; nécessaire à {}",
    "niet opgegeven voor {} medewerkers ({}); nodig voor {}"};
inline constexpr message missing_fact_once{"not given for employee {}; needed by {}",
                                           "non renseigné pour le salarié {} ; nécessaire à {}",
                                           "niet opgegeven voor medewerker {}; nodig voor {}"};

}  // namespace msg

// --- the library's diagnostics (validate.hpp and the policies) ---------------------------------
// English keeps the library's own message; French and Dutch are given by code, and by field
// where one code has distinct messages (diagnostic_text() picks).
inline constexpr label_table<diagnostic_code> diagnostic_labels{{
    {"not a calendar date", "pas une date du calendrier", "geen kalenderdatum"},
    {"born after the hire date", "né après la date d'embauche",
     "geboren na de datum van indiensttreding"},
    {"hire date before 1900 or more than a year after the as-of date",
     "date d'embauche antérieure à 1900 ou plus d'un an après la date d'évaluation",
     "datum van indiensttreding vóór 1900 of meer dan een jaar na de peildatum"},
    {"absence ends before it starts", "l'absence se termine avant de commencer",
     "de afwezigheid eindigt voordat ze begint"},
    {"overlaps another absence", "chevauche une autre absence",
     "overlapt met een andere afwezigheid"},
    {"dated before the hire date", "antérieur à la date d'embauche",
     "gedateerd vóór de datum van indiensttreding"},
    {"headcount below zero", "effectif inférieur à zéro", "personeelsaantal onder nul"},
    {"the policy sets a rule the law forbids", "les règles appliquées fixent une règle que la loi interdit",
     "het beleid stelt een regel die de wet verbiedt"},
    {"more results than the evaluation can hold",
     "plus de résultats que l'évaluation ne peut en contenir",
     "meer resultaten dan de beoordeling kan bevatten"},
    {"a partial return is a ziekte absence's, 1 to 99 %",
     "une reprise partielle est celle d'une absence ziekte, de 1 à 99 %",
     "een gedeeltelijke werkhervatting hoort bij een ziekte-afwezigheid, 1 tot en met 99 %"},
    {"a French branch (IDCC) under a Dutch policy",
     "une branche française (IDCC) sous des règles néerlandaises",
     "een Franse branche (IDCC) onder een Nederlands beleid"},
    {"unknown rule set, branch (idcc) or CAO", "jeu de règles, branche (idcc) ou CAO inconnu",
     "onbekende regelset, branche (idcc) of cao"},
}};
static_assert(complete(diagnostic_labels));

struct diagnostic_variant {
    diagnostic_code code;
    std::string_view field;
    labels text;
};
inline constexpr diagnostic_variant diagnostic_variants[] = {
    {diagnostic_code::invalid_date, "as_of",
     {"the as-of date is not a calendar date", "la date d'évaluation n'est pas une date du calendrier",
      "de peildatum is geen kalenderdatum"}},
    {diagnostic_code::invalid_date, "window",
     {"the window's begin or end is not a calendar date, or end < begin",
      "le début ou la fin de la période n'est pas une date du calendrier, ou fin < début",
      "begin of einde van de periode is geen kalenderdatum, of einde < begin"}},
    {diagnostic_code::end_before_start, "contract_end",
     {"contract ends before the hire date", "le contrat se termine avant la date d'embauche",
      "het contract eindigt vóór de datum van indiensttreding"}},
    {diagnostic_code::policy_not_ok, "agreement_cycle_months",
     {"an agreement concluded from 2025-10-26 may not exceed 4 years (C. trav. L6315-1 III)",
      "un accord conclu à partir du 2025-10-26 ne peut dépasser 4 ans (C. trav. L6315-1 III)",
      "een akkoord gesloten vanaf 2025-10-26 mag niet meer dan 4 jaar bepalen (C. trav. L6315-1 "
      "III)"}},
    {diagnostic_code::policy_not_ok, "cao",
     {"no CAO preset of this name (nl::policy_names lists them)",
      "aucune CAO prédéfinie de ce nom (nl::policy_names les liste)",
      "geen cao-voorinstelling met deze naam (nl::policy_names somt ze op)"}},
    {diagnostic_code::capacity_exceeded, "diagnostics",
     {"more diagnostics than fit; fix these first",
      "trop de diagnostics pour les garder tous ; corrigez d'abord ceux-ci",
      "meer meldingen dan er passen; herstel eerst deze"}},
    {diagnostic_code::out_of_range, "window",
     {"the window is empty: its end is not after its begin",
      "la période est vide : sa fin n'est pas après son début",
      "de periode is leeg: het einde ligt niet na het begin"}},
    {diagnostic_code::out_of_range, "as_of",
     {"the as-of date is before the window's end",
      "la date d'évaluation est antérieure à la fin de la période",
      "de peildatum ligt vóór het einde van de periode"}},
    {diagnostic_code::wrong_jurisdiction, "cao",
     {"a Dutch CAO under a French policy", "une CAO néerlandaise sous des règles françaises",
      "een Nederlandse cao onder een Frans beleid"}},
};

// The entry of the tables above for `d`; its English is the library's message
// (tests/cli/messages_test.cpp checks it).
constexpr const labels& diagnostic_labels_of(const diagnostic& d) noexcept {
    for (const diagnostic_variant& v : diagnostic_variants)
        if (v.code == d.code && v.field == d.field) return v.text;
    return diagnostic_labels[static_cast<std::size_t>(d.code)];
}

// A diagnostic's message in `l`: the library's own in English.
constexpr std::string_view diagnostic_text(const diagnostic& d, lang l) noexcept {
    return l == lang::en ? d.message : diagnostic_labels_of(d)(l);
}

// The CSV reader's problem in `l` (its own message() in English).
inline std::string csv_text(const io::csv_reader& r, lang l) {
    if (l == lang::en) return r.message();
    const std::string n = std::to_string(r.problem_number());
    switch (r.problem()) {
        case io::csv_problem::too_many_columns: return say(msg::csv_too_many_columns, l, {n});
        case io::csv_problem::field_too_long: return say(msg::csv_field_too_long, l, {n});
        case io::csv_problem::quote_in_unquoted_field: return say(msg::csv_quote_in_field, l);
        case io::csv_problem::end_of_file_in_quoted_field: return say(msg::csv_end_in_quotes, l);
        case io::csv_problem::character_after_quote: return say(msg::csv_after_quote, l);
        case io::csv_problem::nul_byte: return say(msg::csv_nul, l, {n});
        case io::csv_problem::invalid_utf8: return say(msg::csv_invalid_utf8, l, {n});
        case io::csv_problem::none: break;
    }
    return r.message();
}

}  // namespace careertalk::cli
