import { Module } from '@nestjs/common';
import { ChatModule } from '../../chat/chat.module';
import { KeyValueStore } from '../../common/state/key-value.store';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { HttpWeChatApi } from './http-wechat-api';
import { DisabledWeChatApi, WeChatApi } from './wechat-api.port';
import { wechatMenuProvider } from './wechat-menu.provider';
import { WeChatController } from './wechat.controller';
import { WeChatService } from './wechat.service';

/** The WeChat Official Account channel: `GET/POST /wechat`. Inert (503) until WECHAT_TOKEN is set. */
@Module({
  imports: [ChatModule],
  controllers: [WeChatController],
  providers: [
    {
      provide: WeChatApi,
      inject: [SETTINGS, KeyValueStore],
      useFactory: (s: Settings, store: KeyValueStore): WeChatApi =>
        s.WECHAT_APP_ID && s.WECHAT_APP_SECRET
          ? new HttpWeChatApi({ baseUrl: s.WECHAT_API_BASE_URL, appId: s.WECHAT_APP_ID, appSecret: s.WECHAT_APP_SECRET, store })
          : new DisabledWeChatApi(),
    },
    wechatMenuProvider,
    WeChatService,
  ],
})
export class WeChatModule {}
