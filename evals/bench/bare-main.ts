import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/** The baseline for `npm run bench`: NestJS + Express parsing the same JSON body and answering, nothing else. */
@Controller('bare')
class BareController {
  @Post()
  @HttpCode(200)
  echo(@Body() body: { message?: unknown }) {
    return { ok: true, length: typeof body?.message === 'string' ? body.message.length : 0 };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: ['error', 'warn'] });
  await app.listen(Number(process.env.PORT ?? 3999), '127.0.0.1');
}

void main();
