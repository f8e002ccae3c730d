export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Tags are registered through the guarded defineElement(), so classes name their tag with @tagname.
};
