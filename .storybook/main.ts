import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { candourViteConfig } from '../scripts/vite-candour.js';

const config: StorybookConfig = {
  // Stories live outside the packages so they never end up in a published build.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Candour phones nobody, and neither does its Storybook (a build would also wait on the network).
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The example manifests, for the stories that load one with the provider's `src`. Not under
  // /examples: in dev, that path would shadow the stories' own imports of ../examples/*.json.
  staticDirs: [{ from: '../examples', to: '/manifests' }],
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      ...candourViteConfig,
      // Storybook's own preview and docs bundles are about 1 MB; only a larger one is news.
      build: { chunkSizeWarningLimit: 1200 },
    }),
};

export default config;
