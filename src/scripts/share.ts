// "Bagikan": the phone's share sheet (Web Share API: WhatsApp, Telegram…), or else the link copied.
export {};

const button = document.querySelector<HTMLButtonElement>('[data-share]');
const status = document.querySelector<HTMLElement>('[data-share-status]');

button?.addEventListener('click', async () => {
  const data = { title: document.title, url: location.href };
  if (navigator.share) {
    try {
      await navigator.share(data);
      return;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return; // the reader closed the sheet
    }
  }
  await navigator.clipboard.writeText(location.href);
  if (status) status.textContent = button.dataset.msgCopied ?? '';
});
