import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { API_DOC, RouteDoc } from '../../../common/api-doc.decorator';
import { DiscoveredRoute } from './openapi-document';

function joinPath(...parts: Array<string | undefined>): string {
  const joined = parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

const first = (v: unknown): string | undefined => (Array.isArray(v) ? v[0] : (v as string | undefined));

/** Every route Nest registered, read from the same metadata Nest's router reads, with its ApiDoc. */
export function discoverRoutes(discovery: DiscoveryService, scanner: MetadataScanner): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type) continue;
    const base = first(Reflect.getMetadata(PATH_METADATA, type));
    for (const name of scanner.getAllMethodNames(type.prototype)) {
      const handler = (type.prototype as Record<string, unknown>)[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      routes.push({
        method: RequestMethod[method],
        path: joinPath(base, first(path)),
        handler: `${type.name}.${name}`,
        doc: Reflect.getMetadata(API_DOC, handler) as RouteDoc | undefined,
      });
    }
  }
  return routes;
}
