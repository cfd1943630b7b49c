// Extracts the Code du travail article versions the French rules cite from the SocialGouv
// package @socialgouv/legi-data (npm), and writes
//   tests/data/legi/code_du_travail.json   the snapshot the citation test checks the rules against
//   include/careertalk/fr/texts.hpp         the same texts for `careertalk rules --format markdown`
//
// Run by a person when a rule cites a new article or version, never at build time:
//   mkdir -p /tmp/legi && cd /tmp/legi && npm install @socialgouv/legi-data \
//       legi-2023@npm:@socialgouv/legi-data@2.229.0 legi-2020@npm:@socialgouv/legi-data@1.1.13
//   node cmake/extract_legi.mjs /tmp/legi/node_modules/@socialgouv/legi-data \
//       /tmp/legi/node_modules/legi-2023 /tmp/legi/node_modules/legi-2020
//
// The first package gives every version of each article (LEGIARTI id, version number, in-force
// dates). A package holds the text of the versions in force when it was published only, so
// older packages add the texts of older versions; a version no package holds has "text": null.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const code = "LEGITEXT000006072050"; // Code du travail
// The articles the rule_refs of include/careertalk/fr/ cite (keep it small).
const cited = [
  "L1222-14", "L1225-27", "L1225-46-1", "L1225-46-7", "L1225-57", "L2141-5", "L2251-1",
  "L2261-15", "L2262-1", "L3142-11", "L3142-23", "L3142-31", "L4624-2-2", "L6315-1",
  "L6315-2", "L6321-1", "L6321-2", "L6323-1", "L6323-13", "L6362-10", "R6323-3",
];

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = process.argv.slice(2);
if (packages.length === 0) {
  console.error("usage: node cmake/extract_legi.mjs <legi-data dir> [<older legi-data dir>...]");
  process.exit(2);
}

// Article nodes of the code by number, from one package.
function articles(dir) {
  const tree = JSON.parse(readFileSync(join(dir, "data", `${code}.json`), "utf8"));
  const found = new Map();
  const walk = (node) => {
    if (node.type === "article" && cited.includes(node.data.num)) found.set(node.data.num, node.data);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

// The text with one line per alinéa (the HTML's paragraphs and line breaks), so a citation's
// "al. N" can be counted.
function alineas(data) {
  if (!data.texteHtml) return data.texte.trim();
  const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return data.texteHtml
    .split(/<br\s*\/?>|<\/p>/i)
    .map((p) => p.replace(/<[^>]+>/g, "")
                 .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) =>
                   e[0] !== "#" ? (entities[e] ?? m)
                   : String.fromCodePoint(Number.parseInt(e.slice(e[1] === "x" ? 2 : 1),
                                                           e[1] === "x" ? 16 : 10)))
                 .replace(/\s+/g, " ").trim())
    .filter((p) => p !== "")
    .join("\n");
}

const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const packageVersion = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;

const newest = articles(packages[0]);
const texts = new Map(); // LEGIARTI id -> text, from whichever package holds it
for (const dir of packages) {
  for (const a of articles(dir).values()) if (!texts.has(a.id)) texts.set(a.id, alineas(a));
}

const snapshot = {
  source: "@socialgouv/legi-data " + packages.map(packageVersion).join(", ") + " (DILA LEGI)",
  code,
  end_open: "2999-01-01",
  articles: cited.map((num) => {
    const a = newest.get(num);
    if (!a) throw new Error(`${num} is not in ${packages[0]}`);
    return {
      num,
      cid: a.cid,
      versions: a.articleVersions
        // legi-data lists withdrawn versions whose end precedes their start: never in force
        .filter((v) => v.dateFin > v.dateDebut)
        .map((v) => ({
          id: v.id,
          version: Number.parseInt(v.version, 10),
          start: day(v.dateDebut),
          end: day(v.dateFin),
          text: texts.get(v.id) ?? null,
        })),
    };
  }),
};

const json = join(root, "tests", "data", "legi", "code_du_travail.json");
mkdirSync(dirname(json), { recursive: true });
writeFileSync(json, JSON.stringify(snapshot, null, 1) + "\n");

// The header: one row per version, its text empty when no package holds it.
const rows = [];
for (const a of snapshot.articles) {
  for (const v of a.versions) {
    const text = v.text ?? "";
    if (text.includes(')legi"')) throw new Error(`${v.id}: text ends the raw literal`);
    const last = v.end === snapshot.end_open ? "" : day(Date.parse(v.end) - 86400000);
    rows.push(`    {"${a.num}"_ct, "${v.id}"_ct, ${v.version}, "${v.start}"_ct, "${last}"_ct,\n` +
              `     R"legi(${text})legi"_ct},`);
  }
}
const header = `// careertalk/fr/texts.hpp: the texts of the Code du travail article versions the French rules
// cite, so the careertalk tool prints each rule beside its text (docs/fr/readings.md#citations).
// GENERATED by cmake/extract_legi.mjs from ${snapshot.source}; do not edit.
// Not included by careertalk.hpp (about ${Math.round(rows.join("").length / 1024)} KB of text): only a program that prints
// the texts includes it.
#pragma once

#include <careertalk/rule.hpp>

#include <string_view>

namespace careertalk::inline v0::fr::texts {

// One version of an article, in force from \`start\` to \`last\` included ("" if still in force);
// its text has one line per alinéa, and is empty when no snapshot of the LEGI base holds it.
struct article_version {
    std::string_view article;
    std::string_view id;  // LEGIARTI
    int version;
    std::string_view start;
    std::string_view last;
    std::string_view text;
};

inline constexpr article_version versions[] = {
${rows.join("\n")}
};

// The version whose LEGIARTI id is \`id\`, or nullptr when it is not in the snapshot.
constexpr const article_version* find(std::string_view id) noexcept {
    for (const article_version& v : versions)
        if (v.id == id) return &v;
    return nullptr;
}

}  // namespace careertalk::inline v0::fr::texts
`;
writeFileSync(join(root, "include", "careertalk", "fr", "texts.hpp"), header);
console.log(`${snapshot.articles.length} articles, ${rows.length} versions, ${
  texts.size} texts`);
