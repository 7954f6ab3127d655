import { Settings, settingsSchema } from './settings.schema';

export class SettingsError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      '配置错误，服务未启动：\n' +
        problems.map((p) => `  - 环境变量 ${p.variable}：${p.message}`).join('\n'),
    );
    this.name = 'SettingsError';
  }
}

/** Reads and validates the settings; throws SettingsError naming every bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const keys = Object.keys(settingsSchema.shape) as (keyof typeof settingsSchema.shape)[];
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = env[key];
    // `PORT=` in a .env file means "use the default", not "invalid".
    if (value !== undefined && value.trim() !== '') raw[key] = value;
  }
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new SettingsError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '(未知变量)');
      const shown = raw[variable] !== undefined ? `（当前值 "${mask(variable, raw[variable])}"）` : '';
      return { variable, message: `${issue.message}${shown}` };
    }),
  );
}

function mask(variable: string, value: string): string {
  return /KEY|SECRET|TOKEN/.test(variable) ? `${value.slice(0, 3)}…` : value;
}
