import { Global, Module } from '@nestjs/common';
import { loadSettings } from './settings';

/** Injection token for the validated settings (see settings.schema.ts). */
export const SETTINGS = Symbol('SETTINGS');

@Global()
@Module({
  providers: [{ provide: SETTINGS, useFactory: () => loadSettings(process.env) }],
  exports: [SETTINGS],
})
export class ConfigModule {}
