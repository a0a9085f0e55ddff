// Command-line flags for headless Debian Chromium in the end-to-end tests:
// --no-sandbox because tests run as root; the rest keep Chromium from reaching the network.
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The flags that load one unpacked extension (and no other) plus the quiet flags. */
export function extensionArgs(dist: string): string[] {
  return [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...QUIET_CHROMIUM_ARGS];
}
