/** Flags that let headless Chromium start as root on a machine without internet access. */
export declare const CHROME_ARGS: string[];
/** The path of a Chrome/Chromium executable; installs Debian's chromium as root when none is found. */
export declare function findChrome(options?: { install?: boolean }): string;
