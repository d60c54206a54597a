// The desk page's two behaviours, in a file of the site's own so that the Content-Security-Policy
// can forbid inline scripts: reload while the monthly job runs; copy the reminder text.
(function () {
	if (document.querySelector('[data-reload-while-running]')) {
		setTimeout(function () { location.reload(); }, 3000);
	}
	var copy = document.getElementById('copy-reminder');
	if (copy) {
		copy.addEventListener('click', function () {
			navigator.clipboard.writeText(document.getElementById('reminder').value).then(function () {
				copy.textContent = '已复制';
			});
		});
	}
})();
