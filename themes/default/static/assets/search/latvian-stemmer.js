// tilts: the light Latvian stemmer of src/publish/search/latvian.rs for the
// browser (the algorithm of Apache Lucene's LatvianStemmer, after Kārlis
// Kreslins). A test holds both to the same stems. Lowercase input, with
// its diacritics.

// [ending, the vowels the word must have more than, may undo a consonant change]
const ENDINGS = [
  ["ajiem", 3, false], ["ajai", 3, false], ["ajam", 2, false], ["ajām", 2, false],
  ["ajos", 2, false], ["ajās", 2, false], ["iem", 2, true], ["ajā", 2, false],
  ["ais", 2, false], ["ai", 2, false], ["ei", 2, false], ["ām", 1, false],
  ["am", 1, false], ["ēm", 1, false], ["īm", 1, false], ["im", 1, false],
  ["um", 1, false], ["us", 1, true], ["as", 1, false], ["ās", 1, false],
  ["es", 1, false], ["os", 1, true], ["ij", 1, false], ["īs", 1, false],
  ["ēs", 1, false], ["is", 1, false], ["ie", 1, false], ["u", 1, true],
  ["a", 1, true], ["i", 1, true], ["e", 1, false], ["ā", 1, false],
  ["ē", 1, false], ["ī", 1, false], ["ū", 1, false], ["o", 1, false],
  ["s", 0, false], ["š", 0, false],
];

const PAIRS = [["šņ", "sn"], ["žņ", "zn"], ["šļ", "sl"], ["žļ", "zl"], ["ļņ", "ln"], ["ļļ", "ll"]];
const LAST = { "č": "c", "ļ": "l", "ņ": "n" };

function undoConsonantChange(stem, genitivePlural) {
  if (genitivePlural) {
    if (stem.endsWith("kš")) return stem.slice(0, -1) + "st";
    if (stem.endsWith("ņņ")) return stem.slice(0, -2) + "nn";
  }
  if (/[pbmv]j$/.test(stem)) return stem.slice(0, -1);
  for (const [from, to] of PAIRS) {
    if (stem.endsWith(from)) return stem.slice(0, -2) + to;
  }
  const last = stem.slice(-1);
  return LAST[last] ? stem.slice(0, -1) + LAST[last] : stem;
}

export default class LatvianStemmer {
  stemWord(word) {
    const chars = Array.from(word);
    const vowels = chars.filter((c) => "aeiouāīēū".includes(c)).length;
    for (const [ending, needed, palatalized] of ENDINGS) {
      const length = Array.from(ending).length;
      if (vowels > needed && chars.length >= length + 3 && word.endsWith(ending)) {
        const stem = chars.slice(0, chars.length - length).join("");
        return palatalized ? undoConsonantChange(stem, ending[0] === "u") : stem;
      }
    }
    return word;
  }
}
