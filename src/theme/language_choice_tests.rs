//! The root page's language chooser (`assets/language-choice.js`), run in
//! node with a stand-in page: a remembered choice or a browser language is
//! looked up among the page's languages only, never among the properties
//! every JavaScript object inherits (`__proto__`, `constructor` …).

use std::path::Path;

/// Where the script sends the visitor for each (remembered choice,
/// browser languages); `null` when it stays on the chooser.
const RUN: &str = r#"
const vm = require("node:vm");
const fs = require("node:fs");
const source = fs.readFileSync(process.argv[1], "utf8");
const cases = JSON.parse(process.argv[2]);
const out = cases.map(([stored, languages]) => {
  let went = null;
  const link = (code) => ({
    href: "/" + code + "/",
    getAttribute: () => code,
    addEventListener: () => {},
  });
  vm.runInNewContext(source, {
    document: { querySelectorAll: () => [link("lv"), link("lt")] },
    localStorage: { getItem: () => stored, setItem: () => {} },
    navigator: { languages },
    location: { replace: (to) => { went = String(to); } },
  });
  return went;
});
console.log(JSON.stringify(out));
"#;

#[test]
fn remembered_choices_are_looked_up_among_the_sites_languages_only() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("themes/default/static/assets/language-choice.js");
    let cases = serde_json::json!([
        ["lt", ["de"]],
        [null, ["lt-LT", "lv"]],
        ["__proto__", ["de"]],
        ["constructor", ["de"]],
        ["toString", []],
        ["hasOwnProperty", ["en"]],
        ["__proto__", ["lv"]],
        [null, ["constructor", "__proto__", "valueOf-X"]],
    ]);
    let expected = serde_json::json!(["/lt/", "/lt/", null, null, null, null, "/lv/", null]);
    let out = std::process::Command::new("node")
        .args(["-e", RUN, "--"])
        .arg(&script)
        .arg(cases.to_string())
        .output()
        .expect("node is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let went: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(went, expected);
}
