// The page's language switch: sets <html lang>, which every widget on the page follows.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset['lang']!;
    for (const b of document.querySelectorAll('button[data-lang]')) {
      b.setAttribute('aria-pressed', String(b === button));
    }
  });
}
