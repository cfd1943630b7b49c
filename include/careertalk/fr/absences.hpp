// careertalk/fr/absences.hpp: which absences give a return interview, under the version of
// L6315-1 in force on the resumption date (docs/fr/readings.md#return-interviews).
//
// Listed in every version since 2014: maternité, adoption, congé parental d'éducation, temps
// partiel L1225-47, soutien familial (proche aidant from 2016), sabbatique, mobilité
// volontaire sécurisée, arrêt longue maladie (CSS L324-1: ALD or over six months, R324-1),
// end of a mandat syndical. v7 (2025-12-31) adds the congé supplémentaire de naissance.
// Paternité, ordinary sick leave, présence parentale and unpaid leave trigger nothing.
#pragma once

#include <careertalk/facts.hpp>
#include <careertalk/fr/versions.hpp>

#include <optional>

namespace careertalk::inline v0::fr {

// The return right of one absence.
struct return_right {
    const rule_ref* rule = nullptr;    // the L6315-1 version that lists it, or the own article
    const rule_ref* article = nullptr; // the article granting a right of its own (advisory)
    year_month_day window_start{};     // earliest date it may be held (before R on request)
    bool exemptable = false;           // the 12-month rule of L6315-1 (2025) applies
};

// The version of the L6315-1 return list in force on resumption date `r`.
constexpr const rule_ref* return_list_on(year_month_day r) noexcept
{
    if (r < loi_2014)
        return nullptr;
    if (r < loi_2016)
        return &rules::retour_2014;
    if (r < loi_2018)
        return &rules::retour_2016;
    if (r < loi_2025)
        return &rules::retour_2019;
    if (r < lfss_2026)
        return &rules::retour_2025;
    return &rules::retour_2026;
}

// A sick leave counts as an arrêt longue maladie when it lasts over six months (R324-1);
// a recorded arret_longue_maladie (ALD) always does.
constexpr bool longue_maladie(const absence& a) noexcept
{
    if (a.kind == absence_kind::arret_longue_maladie)
        return true;
    if (a.kind != absence_kind::arret_maladie || !a.end)
        return false;
    return add_months(a.start, 6) < *a.resumption();
}

// The article that grants the interview on its own, besides L6315-1
// (docs/fr/readings.md#return-interviews).
constexpr const rule_ref* own_article(absence_kind k) noexcept
{
    switch (k) {
    case absence_kind::conge_maternite:
        return &rules::l1225_27;
    case absence_kind::conge_adoption:
        return &rules::l1225_46_1;
    case absence_kind::conge_parental_education:
    case absence_kind::temps_partiel_parental:
        return &rules::l1225_57;
    case absence_kind::mobilite_volontaire_securisee:
        return &rules::l1222_14;
    case absence_kind::conge_sabbatique:
        return &rules::l3142_31;
    case absence_kind::conge_proche_aidant:
        return &rules::l3142_23;
    case absence_kind::mandat_syndical:
        return &rules::l2141_5;
    default:
        return nullptr;
    }
}

// The interview owed on return from `a` (resumption date a.end + 1), if any.
constexpr std::optional<return_right> return_interview(const absence& a) noexcept
{
    const auto r = a.resumption();
    if (!r || *r < loi_2014)
        return std::nullopt;
    // Solidarité familiale: outside the L6315-1 list; L3142-11 grants it "après" since 2016.
    if (a.kind == absence_kind::conge_solidarite_familiale) {
        if (*r < loi_2016)
            return std::nullopt;
        return return_right{&rules::l3142_11, nullptr, *r, false};
    }
    bool listed = false;
    switch (a.kind) {
    case absence_kind::conge_maternite:
    case absence_kind::conge_adoption:
    case absence_kind::conge_parental_education:
    case absence_kind::temps_partiel_parental:
    case absence_kind::conge_proche_aidant:
    case absence_kind::conge_sabbatique:
    case absence_kind::mobilite_volontaire_securisee:
    case absence_kind::mandat_syndical:
        listed = true;
        break;
    case absence_kind::arret_longue_maladie:
    case absence_kind::arret_maladie:
        listed = longue_maladie(a);
        break;
    case absence_kind::conge_supplementaire_naissance:
        listed = *r >= lfss_2026;
        break;
    default:
        break;
    }
    if (!listed)
        return std::nullopt;
    const rule_ref* rule = return_list_on(*r);
    const rule_ref* article = a.kind == absence_kind::conge_supplementaire_naissance
                                  ? &rules::l1225_46_7
                                  : own_article(a.kind);
    // Before the return at the employee's request: all listed absences since 2019 (v4);
    // parental leave and its part-time since 2014 (L1225-57).
    const bool parental = a.kind == absence_kind::conge_parental_education ||
                          a.kind == absence_kind::temps_partiel_parental;
    const bool early = *r >= loi_2018 || parental;
    return return_right{rule, article, early ? a.start : *r, *r >= loi_2025};
}

// Whether `a`, a listed absence (L6315-1 I, L3142-11), keeps the employee away from work on
// day `d` (inside it): not a part-time parental leave or a mandate, during which the employee
// works; a sick leave once it lasts over six months (R324-1), as known on `d` when it has no end.
constexpr bool away_on(const absence& a, year_month_day d) noexcept
{
    if (d < a.start || (a.end && *a.end < d))
        return false;
    switch (a.kind) {
    case absence_kind::conge_maternite:
    case absence_kind::conge_adoption:
    case absence_kind::conge_parental_education:
    case absence_kind::conge_proche_aidant:
    case absence_kind::conge_sabbatique:
    case absence_kind::mobilite_volontaire_securisee:
    case absence_kind::arret_longue_maladie:
    case absence_kind::conge_solidarite_familiale:
    case absence_kind::conge_supplementaire_naissance:
        return true;
    case absence_kind::arret_maladie:
        return a.end ? longue_maladie(a) : add_months(a.start, 6) < d;
    default:
        return false;
    }
}

// The interview owed before `a` starts (L3142-23 proche aidant, L3142-11 solidarité
// familiale, since 2016-08-10), if any.
constexpr const rule_ref* before_interview(const absence& a) noexcept
{
    if (a.start < loi_2016)
        return nullptr;
    if (a.kind == absence_kind::conge_proche_aidant)
        return &rules::l3142_23;
    if (a.kind == absence_kind::conge_solidarite_familiale)
        return &rules::l3142_11;
    return nullptr;
}

// Suspensions the ministry excludes from seniority (Q-R of 12 Feb 2026, as reported).
constexpr bool excluded_from_seniority(absence_kind k) noexcept
{
    return k == absence_kind::conge_presence_parentale ||
           k == absence_kind::conge_solidarite_familiale || k == absence_kind::conge_sabbatique ||
           k == absence_kind::conge_sans_solde;
}

} // namespace careertalk::fr
