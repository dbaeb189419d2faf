#!/usr/bin/env bash
# Regenerates the Lithuanian stemmer, for Rust (here) and for the browser
# (themes/default/static/assets/search/), from one run of the Snowball
# compiler, so that the index and the query are stemmed alike.
#   bash src/publish/search/snowball/make.sh /path/to/snowball-checkout
# The checkout: https://github.com/snowballstem/snowball at tag v3.1.1.
set -euo pipefail
src=${1:?the path of a snowball checkout at v3.1.1}
here=$(cd "$(dirname "$0")" && pwd)
assets=$here/../../../../themes/default/static/assets/search
make -C "$src" snowball >/dev/null
"$src/snowball" "$src/algorithms/lithuanian.sbl" -rust -o "$here/lithuanian"
"$src/snowball" "$src/algorithms/lithuanian.sbl" -js -o "$assets/lithuanian-stemmer"
# The runtime the generated code calls, with the paths of this module.
sed 's/use snowball::/use super::/' "$src/rust/src/snowball/among.rs" > "$here/among.rs"
sed 's/use snowball::/use super::/' "$src/rust/src/snowball/snowball_env.rs" > "$here/snowball_env.rs"
sed -i 's/use snowball::/use super::/' "$here/lithuanian.rs"
cp "$src/javascript/base-stemmer.js" "$assets/base-stemmer.js"
cp "$src/COPYING" "$here/COPYING"
