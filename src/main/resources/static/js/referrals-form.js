// The referral form: the provider list shows only the providers of the service chosen.
(function () {
  var service = document.getElementById('service');
  var provider = document.getElementById('provider');
  if (!service || !provider) {
    return;
  }
  function narrow() {
    var chosen = service.value;
    Array.prototype.forEach.call(provider.options, function (option) {
      var offers = (option.getAttribute('data-services') || '').split(' ');
      option.hidden = option.value !== '' && chosen !== '' && offers.indexOf(chosen) < 0;
    });
  }
  service.addEventListener('change', narrow);
  narrow();
})();
