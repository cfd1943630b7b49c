#!/usr/bin/env bash
# Prints the BENCH summary lines (issues 8 and 21) from the key=value files the benchmarks wrote
# into RESULTS_DIR. Exits 1 when a figure is missing (its benchmark failed or did not run).
#
#   benchmarks/summary.sh RESULTS_DIR
set -uo pipefail

dir="$1"
value() {  # value FILE KEY ("missing" when absent)
    local v
    v=$(grep -h "^$2=" "$dir/$1" 2>/dev/null | tail -n 1 | cut -d= -f2-)
    printf '%s' "${v:-missing}"
}

lines() {
echo "BENCH w1_employees_per_s=$(value core.txt w1_employees_per_s)" \
     "w2_employees_per_s=$(value core.txt w2_employees_per_s)" \
     "w2_parallel_employees_per_s=$(value core.txt w2_parallel_employees_per_s)" \
     "abstraction_ratio=$(value core.txt abstraction_ratio)" \
     "hot_path_allocations=$(value core.txt hot_path_allocations)" \
     "compile_ratio=$(value compile.txt compile_ratio)" \
     "cli_1m_seconds=$(value cli.txt cli_1m_seconds)" \
     "cli_1m_peak_mib=$(value cli.txt cli_1m_peak_mib)"
echo "BENCH compile_fr_ratio=$(value compile.txt compile_fr_ratio)" \
     "compile_nl_ratio=$(value compile.txt compile_nl_ratio)" \
     "w1_instructions_per_employee=$(value instructions.txt w1_instructions_per_employee)" \
     "w2_instructions_per_employee=$(value instructions.txt w2_instructions_per_employee)" \
     "w1_proof_careers=$(value core.txt w1_proof_careers)"
echo "BENCH cli_1m_one_core_seconds=$(value cli.txt cli_1m_one_core_seconds)" \
     "cli_1m_cpu_seconds=$(value cli.txt cli_1m_cpu_seconds)" \
     "cli_scaling=$(value cli.txt cli_scaling)"
echo "BENCH facade_host_tu_s=$(value compile.txt facade_host_tu_s)" \
     "header_only_host_tu_s=$(value compile.txt header_only_host_tu_s)" \
     "facade_ratio=$(value compile.txt facade_ratio)" \
     "compile_instructions_ratio=$(value compile.txt compile_instructions_ratio)" \
     "compile_fr_instructions_ratio=$(value compile.txt compile_fr_instructions_ratio)" \
     "compile_nl_instructions_ratio=$(value compile.txt compile_nl_instructions_ratio)"
echo "BENCH web_wasm_bytes=$(value web.txt web_wasm_bytes)" \
     "web_js_bytes=$(value web.txt web_js_bytes)" \
     "web_page_bytes=$(value web.txt web_page_bytes)" \
     "web_10k_schedule_seconds=$(value web.txt web_10k_schedule_seconds)" \
     "tool_10k_schedule_seconds=$(value web.txt tool_10k_schedule_seconds)"
for peer in publicodes json-rules-engine; do
    echo "BENCH peer=$peer w1_employees_per_s=$(value peers.txt "$peer.w1_employees_per_s")" \
         "speedup=$(value peers.txt "$peer.speedup")"
done
}

# value runs in a subshell (command substitution): a missing figure is found in the output.
out="$(lines)"
echo "$out"
case "$out" in *=missing*) exit 1 ;; esac
