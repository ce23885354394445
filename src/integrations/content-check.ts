import type { AstroIntegration } from 'astro';

/**
 * Runs the same validation as `npm run check` before every build, so invalid content
 * (including cross-file links and codes) fails the build with the same messages.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'codeprep:content-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const { checkProject } = await import('../lib/content/node.ts');
        const report = await checkProject(process.cwd());
        for (const warning of report.warnings) logger.warn(warning);
        if (report.lines.length > 0) {
          throw new Error(`Content check failed (${report.lines.length} problems):\n${report.lines.join('\n')}`);
        }
        logger.info(`content check passed: ${report.lessons.size} lessons, ${report.cited.length} cited codes`);
      },
    },
  };
}
