// Videos without tracking: nothing is loaded from the video's host until
// the visitor asks for it. Without this script the link opens the video on
// the host's own site; with it, the host's privacy-enhanced player takes
// the poster's place, named by the video's title for screen readers.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('figure.video > a.video-link');
  if (!link) return;
  var figure = link.parentElement;
  var embed = figure.getAttribute('data-embed');
  if (!embed) return;
  event.preventDefault();
  var frame = document.createElement('iframe');
  frame.src = embed;
  frame.title = figure.getAttribute('data-title') || '';
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.allowFullscreen = true;
  frame.className = 'video-frame';
  link.replaceWith(frame);
  frame.focus();
});
