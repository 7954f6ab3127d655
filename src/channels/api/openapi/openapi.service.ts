import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorpusService } from '../../../corpus/corpus.service';
import { renderApiDocsPage } from './api-docs-page';
import { buildOpenApiDocument, DiscoveredRoute } from './openapi-document';
import { discoverRoutes } from './route-discovery';

function packageVersion(): string {
  try {
    // src/channels/api/openapi and dist/channels/api/openapi are both four levels below the package.
    return (JSON.parse(readFileSync(resolve(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** The OpenAPI document and its page, built once from the registered routes on first request. */
@Injectable()
export class OpenApiService {
  private doc?: Record<string, unknown>;
  private html?: string;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly corpus: CorpusService,
  ) {}

  /** The routes Nest registered, each with the description beside its handler. */
  routes(): DiscoveredRoute[] {
    return discoverRoutes(this.discovery, this.scanner);
  }

  document(): Record<string, unknown> {
    if (!this.doc) {
      const status = this.corpus.documents()[0]?.meta.status ?? '';
      this.doc = buildOpenApiDocument(this.routes(), {
        title: '金东区知识产权政策咨询助手',
        version: packageVersion(),
        description:
          `依据《金华市金东区人民政府关于促进知识产权高质量发展的若干政策意见》${status ? `（${status}）` : ''}的条款检索、奖补测算与对话问答接口。` +
          '所有金额为整数元，由确定性规则计算并附条款引文；错误一律为 { "error": { "code", "message" } }，message 为中文。',
      });
    }
    return this.doc;
  }

  page(): string {
    return (this.html ??= renderApiDocsPage(this.document()));
  }
}
