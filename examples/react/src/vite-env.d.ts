/** The center API's address, given at build time: `VITE_RECOVERY_API=https://center.example/api npm run build`. */
interface ImportMetaEnv {
  readonly VITE_RECOVERY_API?: string;
}
