// Links leave the app only as http(s) URLs to a real host; anything else (file:, javascript:,
// custom schemes that launch local programs, smb: shares) is refused.
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
}
