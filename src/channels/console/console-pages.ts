/**
 * The two small pages the console shows before a session exists. They are static text (the only variable
 * part is one of our own fixed messages) and name no console API, so nothing leaks before login.
 */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/assets/web/chat.css">
</head>
<body class="gate">
<main class="gate-box">
${body}
</main>
</body>
</html>
`;
}

export const LOGIN_ERRORS = {
  wrong: '令牌不正确，请重新输入。',
  limited: '登录尝试过于频繁，请稍后再试（最多等待 15 分钟）。',
  unavailable: '登录服务暂时不可用（共享存储故障），请稍后再试。',
} as const;

export function loginPage(error?: keyof typeof LOGIN_ERRORS): string {
  const alert = error ? `<p class="gate-error" role="alert">${LOGIN_ERRORS[error]}</p>\n` : '';
  return page(
    '坐席工作台登录 - 金东区知识产权政策咨询',
    `<h1>坐席工作台</h1>
<p>请输入管理员提供的访问令牌。</p>
${alert}<form method="post" action="/console/login">
<label for="token">访问令牌</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<button type="submit">登录</button>
</form>`,
  );
}

export function disabledPage(): string {
  return page('坐席工作台未启用', '<h1>坐席工作台未启用</h1>\n<p>本服务未开启坐席工作台。如需使用，请联系系统管理员。</p>');
}
