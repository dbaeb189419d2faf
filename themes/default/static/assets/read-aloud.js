// "Read aloud": the browser's own speech synthesis reads the article (its
// headings, paragraphs, lists and captions; not the menus), offered only
// when the browser has a voice for the page's language. Nothing is sent
// anywhere: the voice is the reader's own system's.
(() => {
  const box = document.querySelector(".read-aloud");
  const synth = window.speechSynthesis;
  const article = document.querySelector("article");
  if (!box || !article || !synth || !window.SpeechSynthesisUtterance) return;
  const lang = document.documentElement.lang.toLowerCase();
  const button = (name) => box.querySelector(`.read-aloud-${name}`);
  const [start, pause, stop] = [button("start"), button("pause"), button("stop")];
  const voice = () => synth.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
  const offer = () => { box.hidden = !voice(); };
  offer();
  if (synth.addEventListener) synth.addEventListener("voiceschanged", offer);

  const reading = (on) => {
    start.hidden = on;
    pause.hidden = !on;
    stop.hidden = !on;
    pause.textContent = pause.dataset.pause;
    if (!on) start.focus();
  };
  const text = () => [...article.querySelectorAll("h1, h2, h3, p, li, dt, dd, figcaption, caption, th, td")]
    .filter((e) => !box.contains(e) && !e.closest("li p, td p, .read-aloud") && e.getClientRects().length > 0)
    .map((e) => e.innerText.trim())
    .filter(Boolean)
    .join("\n");

  start.addEventListener("click", () => {
    synth.cancel();
    const said = new SpeechSynthesisUtterance(text());
    // The language picks the voice (the one `voice()` found exists).
    said.lang = document.documentElement.lang;
    said.addEventListener("end", () => reading(false));
    synth.speak(said);
    reading(true);
    pause.focus();
  });
  pause.addEventListener("click", () => {
    if (synth.paused) {
      synth.resume();
      pause.textContent = pause.dataset.pause;
    } else {
      synth.pause();
      pause.textContent = pause.dataset.resume;
    }
  });
  stop.addEventListener("click", () => {
    synth.cancel();
    reading(false);
  });
  // Leaving the page stops the voice.
  window.addEventListener("pagehide", () => synth.cancel());
})();
