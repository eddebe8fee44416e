// Draws Swagger UI (springdoc's files) into the API documentation page: its configuration comes from the page,
// so no inline script is needed.
document.addEventListener('DOMContentLoaded', () => {
  const target = document.getElementById('swagger-ui');
  if (!target || typeof window.SwaggerUIBundle !== 'function') {
    return;
  }
  window.SwaggerUIBundle({
    url: target.dataset.openapiUrl,
    domNode: target,
    // deep links would put a link inside each operation's button (axe: nested-interactive)
    deepLinking: false,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    tryItOutEnabled: false,
  });
});
