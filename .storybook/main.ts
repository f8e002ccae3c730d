import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // No internet on the build machines, and visitors' privacy matters: send nothing to Storybook.
  core: { disableTelemetry: true },
  viteFinal(config) {
    // Pre-bundle lit and friends once, so the stories and the sources share one copy (Lit warns otherwise).
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        '@lit/context',
        'zod/mini',
      ],
    };
    return config;
  },
};

export default config;
