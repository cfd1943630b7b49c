// A history in date order (twice the same day, 29 February, month ends, a record that is no
// interview) and the same records in reverse order: for the history queries
// (tests/history_test.cpp) and the schedule that uses them (tests/fr/schedule_test.cpp).
#pragma once

#include <careertalk/facts.hpp>

namespace histories {
using namespace date::literals;
using careertalk::employee, careertalk::interview;
using careertalk::obligation_kind::entretien_parcours_professionnel,
    careertalk::obligation_kind::entretien_professionnel,
    careertalk::obligation_kind::etat_des_lieux, careertalk::obligation_kind::information_embauche;

inline constexpr interview in_order[] = {{entretien_professionnel, 2015_y / mar / 1},
                                         {etat_des_lieux, 2016_y / feb / 29},
                                         {entretien_professionnel, 2018_y / jun / 30},
                                         {information_embauche, 2019_y / jan / 1},
                                         {entretien_professionnel, 2019_y / jan / 1},
                                         {etat_des_lieux, 2019_y / jan / 1},
                                         {etat_des_lieux, 2021_y / jun / 30},
                                         {entretien_parcours_professionnel, 2026_y / jan / 31}};
inline constexpr interview reversed[] = {in_order[7], in_order[6], in_order[5], in_order[4],
                                         in_order[3], in_order[2], in_order[1], in_order[0]};
inline constexpr employee sorted_e{.hire_date = 2014_y / jan / 1, .interviews = in_order};
inline constexpr employee reversed_e{.hire_date = 2014_y / jan / 1, .interviews = reversed};
}  // namespace histories
