#!/usr/bin/env bash
# The import benchmark (docs/performance.md, "Import"): `voronka import` of a dirty Windows-1251 cold list into a
# fresh base, against the sqlite3 shell's `.import` of the same rows (converted to UTF-8 first, not timed) into a
# bare table, in the same run. Prints both wall times, their ratio and the peak memory of each, and the time
# `voronka index` then takes to fill the search index the import left waiting (not part of the ratio).
#
#   bench/import_bench.sh [--build DIR] [--rows N] [--seed S] [--runs K] [--work DIR] [--keep] [--summary FILE]
#                         [--voronka PROGRAM]
#
# --build   the build folder with app/voronka and bench/voronka_bench_cold_list (default: build-bench)
# --rows    rows of the generated list (default 1000000, about 150 MB)
# --runs    repeat both imports K times and report the median (default 1)
# --work    where the list, its UTF-8 copy and the bases go (default: a new folder under /tmp); a list already
#           there for the same rows and seed is reused
# --keep    leave the bases behind for a look (WORK/fresh.sqlite is the base the last run imported)
# --summary also write the medians to FILE as "key<TAB>value" lines: "voronka import" and "sqlite3 .import" in
#           ms (the figures .ci/bench-check compares), "voronka peak MiB" and "sqlite3 peak MiB"
# --voronka the program run as `PROGRAM import LIST --db DB --json` (default: DIR/app/voronka)
#
# Needs GNU time (Debian: apt-get install time), iconv and sqlite3. The list is read warm from the page cache by
# both programs: the generator (or the previous run) has just read or written it.
set -euo pipefail

build=build-bench
rows=1000000
seed=2026
runs=1
work=
keep=0
summary=
voronka=
while [[ $# -gt 0 ]]; do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --summary) summary=$2; shift 2 ;;
    --voronka) voronka=$2; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "import_bench.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

voronka=${voronka:-$build/app/voronka}
generator=$build/bench/voronka_bench_cold_list
for tool in "$voronka" "$generator"; do
    [[ -x $tool ]] || { echo "import_bench.sh: $tool is missing: build the targets voronka and voronka_bench_cold_list" >&2; exit 1; }
done
for tool in /usr/bin/time iconv sqlite3; do
    command -v "$tool" > /dev/null || { echo "import_bench.sh: $tool is missing (apt-get install time sqlite3)" >&2; exit 1; }
done

if [[ -z $work ]]; then
    work=$(mktemp -d /tmp/voronka-import-bench.XXXXXX)
fi
mkdir -p "$work"
list=$work/cold-list-$rows-$seed.csv
utf8=$list.utf8
if [[ ! -s $list ]]; then
    "$generator" --out "$list" --rows "$rows" --seed "$seed"
fi
if [[ ! -s $utf8 ]]; then
    iconv -f cp1251 -t utf-8 "$list" > "$utf8"
fi

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:12.34" -> seconds; "Maximum resident set size (kbytes): N".
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$1"
}
peak_mib() {
    awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"
}
median() {
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ours_times=()
ours_peaks=()
index_times=()
shell_times=()
shell_peaks=()
for ((run = 1; run <= runs; ++run)); do
    db=$work/fresh.sqlite
    rm -f "$db" "$db-journal"
    /usr/bin/time -v -o "$work/ours.time" "$voronka" import "$list" --db "$db" --json > "$work/ours.json"
    ours_times+=("$(wall_seconds "$work/ours.time")")
    ours_peaks+=("$(peak_mib "$work/ours.time")")
    # The batch is in and searchable (searches scan its companies' text meanwhile); its search index is filled
    # afterwards, by a window in the background or by `voronka index`. Timed apart, and left filled for what follows.
    /usr/bin/time -v -o "$work/index.time" "$voronka" index --db "$db" > /dev/null
    index_times+=("$(wall_seconds "$work/index.time")")

    bare=$work/bare.sqlite
    rm -f "$bare" "$bare-journal"
    /usr/bin/time -v -o "$work/shell.time" sqlite3 "$bare" \
        "CREATE TABLE t(company, industry, city, address, phone, email, contact, position, inn, comment)" \
        ".mode csv" ".separator ;" ".import --skip 1 $utf8 t" 2> "$work/shell.err"
    shell_times+=("$(wall_seconds "$work/shell.time")")
    shell_peaks+=("$(peak_mib "$work/shell.time")")
    echo "run $run: voronka import ${ours_times[-1]} s (${ours_peaks[-1]} MiB), then voronka index ${index_times[-1]} s; sqlite3 .import ${shell_times[-1]} s (${shell_peaks[-1]} MiB)"
done

ours=$(printf '%s\n' "${ours_times[@]}" | median)
ours_peak=$(printf '%s\n' "${ours_peaks[@]}" | median)
index=$(printf '%s\n' "${index_times[@]}" | median)
shell=$(printf '%s\n' "${shell_times[@]}" | median)
shell_peak=$(printf '%s\n' "${shell_peaks[@]}" | median)
shell_rows=$(sqlite3 "$bare" "SELECT count(*) FROM t")
size_mb=$(stat -c %s "$list" | awk '{ printf "%.1f", $1 / 1e6 }')

echo
echo "list:            $list ($size_mb MB, $rows rows, seed $seed)"
echo "voronka import:  $(cat "$work/ours.json")"
echo "sqlite3 .import: $shell_rows rows in the bare table, $(wc -l < "$work/shell.err") warnings (blank lines)"
awk -v ours="$ours" -v shell="$shell" -v op="$ours_peak" -v sp="$shell_peak" -v rows="$rows" -v runs="$runs" -v idx="$index" 'BEGIN {
    printf "\n%-18s %10s %12s %12s\n", "median of " runs, "wall, s", "rows/s", "peak, MiB"
    printf "%-18s %10.2f %12.0f %12.1f\n", "voronka import", ours, rows / ours, op
    printf "%-18s %10.2f %12s %12s  (the search index, filled after the import)\n", "voronka index", idx, "", ""
    printf "%-18s %10.2f %12.0f %12.1f\n", "sqlite3 .import", shell, rows / shell, sp
    printf "ratio (ours / shell): %.2f\n", ours / shell
}'

if [[ -n $summary ]]; then
    awk -v ours="$ours" -v shell="$shell" -v op="$ours_peak" -v sp="$shell_peak" -v idx="$index" 'BEGIN {
        printf "voronka import\t%.3f\nsqlite3 .import\t%.3f\nvoronka peak MiB\t%s\nsqlite3 peak MiB\t%s\n",
            ours * 1000, shell * 1000, op, sp
        printf "voronka index\t%.3f\n", idx * 1000
    }' > "$summary"
fi

if [[ $keep -eq 0 ]]; then
    rm -f "$work/fresh.sqlite" "$work/bare.sqlite"
fi
