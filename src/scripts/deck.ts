// Slide navigation for the FGD deck, driven by what presentation clickers send: arrows,
// PageUp/PageDown and space; Home/End; F for fullscreen; O for the overview; Esc to leave it.
// The slide number lives in the URL hash (#3), so a link opens that slide and Back works.
const deck = document.querySelector<HTMLElement>('[data-deck]');

if (deck) {
  const slides = Array.from(deck.querySelectorAll<HTMLElement>('.slide'));
  const position = deck.querySelector<HTMLElement>('[data-deck-position]');
  deck.classList.add('js');
  let current = 0;

  function show(index: number, focus = true) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((s, i) => s.classList.toggle('current', i === current));
    if (position) position.textContent = `${current + 1} / ${slides.length}`;
    const hash = `#${current + 1}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
    if (focus && !deck!.classList.contains('overview')) slides[current]!.focus({ preventScroll: true });
  }

  function fromHash() {
    const n = Number(location.hash.slice(1));
    show(Number.isInteger(n) && n >= 1 ? n - 1 : 0, false);
  }

  function overview(on: boolean) {
    deck!.classList.toggle('overview', on);
    if (!on) show(current);
  }

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    // Keys typed into a control (the map's select) belong to the control.
    if (target.closest('select, input, textarea, button') && !['PageDown', 'PageUp', 'Escape'].includes(event.key)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': event.shiftKey ? -1 : 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 }[event.key];
    if (step !== undefined) show(current + step);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(slides.length - 1);
    else if (event.key === 'f' || event.key === 'F') void (document.fullscreenElement ? document.exitFullscreen() : deck!.requestFullscreen?.());
    else if (event.key === 'o' || event.key === 'O') overview(!deck!.classList.contains('overview'));
    else if (event.key === 'Escape' || (event.key === 'Enter' && deck!.classList.contains('overview'))) overview(false);
    else return;
    event.preventDefault();
  });

  deck.querySelectorAll<HTMLButtonElement>('[data-deck-go]').forEach((b) => b.addEventListener('click', () => show(current + Number(b.dataset.deckGo))));
  deck.querySelector('[data-deck-overview]')?.addEventListener('click', () => overview(!deck.classList.contains('overview')));
  deck.querySelector('[data-deck-fullscreen]')?.addEventListener('click', () => void deck.requestFullscreen?.());
  // In the overview a slide is a thumbnail: choosing it opens it.
  slides.forEach((s, i) =>
    s.addEventListener('click', () => {
      if (deck.classList.contains('overview')) {
        current = i;
        overview(false);
      }
    }),
  );
  window.addEventListener('hashchange', fromHash);
  fromHash();
}
