/**
 * Vendors' tag snippets exactly as they publish them, for tests that paste them into a page the way site owners do.
 * One copy each, so a test of auto-blocking and a test of synchronous placement run the same vendor code.
 */

/**
 * Meta Pixel base code as Meta's Events Manager gives it, for one pixel id.
 * @param noscript with the `<noscript>` image fallback Meta adds after the script
 */
export function metaPixelSnippet(pixelId: string, noscript = true): string {
  return `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '${pixelId}');
fbq('track', 'PageView');
</script>${
    noscript
      ? `
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=${pixelId}&ev=PageView&noscript=1"
/></noscript>`
      : ''
  }
<!-- End Meta Pixel Code -->`;
}

/** The Google tag (gtag.js) as Google Analytics gives it, for one measurement id. */
export function gtagSnippet(measurementId: string): string {
  return `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=${measurementId}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', '${measurementId}');
</script>`;
}
