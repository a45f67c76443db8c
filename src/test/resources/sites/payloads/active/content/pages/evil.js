console.log('PWNED:evil-js');navigator.sendBeacon('/__pwned?evil-js')
