// The main menu on narrow screens: a disclosure button. Without this
// script the "Menu" link still opens it (the menu is the link's target).
(function () {
  var link = document.querySelector('.menu-button');
  var nav = document.getElementById('main-nav');
  if (!link || !nav) return;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'menu-button';
  button.textContent = link.textContent;
  button.setAttribute('aria-controls', 'main-nav');
  button.setAttribute('aria-expanded', 'false');
  link.replaceWith(button);
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && nav.classList.contains('open')) {
      button.setAttribute('aria-expanded', 'false');
      nav.classList.remove('open');
      button.focus();
    }
  });
})();
