import { Provider } from '@nestjs/common';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { loadWeChatMenu } from './wechat-menu';

/** Injection token for the menu (built in, or WECHAT_MENU_FILE), loaded and validated at start-up. */
export const WECHAT_MENU = Symbol('WECHAT_MENU');

export const wechatMenuProvider: Provider = {
  provide: WECHAT_MENU,
  inject: [SETTINGS],
  useFactory: (settings: Settings) => loadWeChatMenu(settings.WECHAT_MENU_FILE),
};
