<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>No Saju API key was sent.</source>
        <translation>No Saju API key was sent.</translation>
    </message>
    <message>
        <source>Enter your Saju API key in Settings; it is sent in the X-API-Key header.</source>
        <translation>Enter your Saju API key in Settings; it is sent in the X-API-Key header.</translation>
    </message>
    <message>
        <source>The Saju API key is not valid.</source>
        <translation>The Saju API key is not valid.</translation>
    </message>
    <message>
        <source>Check the key in Settings: Saju API keys start with bs_live_ or bs_test_.</source>
        <translation>Check the key in Settings: Saju API keys start with bs_live_ or bs_test_.</translation>
    </message>
    <message>
        <source>The Saju API key has been revoked.</source>
        <translation>The Saju API key has been revoked.</translation>
    </message>
    <message>
        <source>Create a new key in the Saju API dashboard and enter it in Settings.</source>
        <translation>Create a new key in the Saju API dashboard and enter it in Settings.</translation>
    </message>
    <message>
        <source>The Saju API key has been suspended.</source>
        <translation>The Saju API key has been suspended.</translation>
    </message>
    <message>
        <source>Contact Saju API support about the suspension.</source>
        <translation>Contact Saju API support about the suspension.</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>The server could not read the request.</translation>
    </message>
    <message>
        <source>This is a bug in the app; please report it with the diagnostics.</source>
        <translation>This is a bug in the app; please report it with the diagnostics.</translation>
    </message>
    <message>
        <source>A required value is missing from the request.</source>
        <translation>A required value is missing from the request.</translation>
    </message>
    <message>
        <source>Fill in the missing value and try again.</source>
        <translation>Fill in the missing value and try again.</translation>
    </message>
    <message>
        <source>A value in the request has the wrong format.</source>
        <translation>A value in the request has the wrong format.</translation>
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation>Correct the highlighted value and try again.</translation>
    </message>
    <message>
        <source>The four pillars sent to the server are not valid.</source>
        <translation>The four pillars sent to the server are not valid.</translation>
    </message>
    <message>
        <source>Check the birth date and time, then try again.</source>
        <translation>Check the birth date and time, then try again.</translation>
    </message>
    <message>
        <source>The selected fortune model is not available.</source>
        <translation>The selected fortune model is not available.</translation>
    </message>
    <message>
        <source>Choose haiku, sonnet or gpt4o.</source>
        <translation>Choose haiku, sonnet or gpt4o.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>Use a date in the form YYYY-MM-DD.</source>
        <translation>Use a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>The server rejected the request.</translation>
    </message>
    <message>
        <source>Check the entered values and try again.</source>
        <translation>Check the entered values and try again.</translation>
    </message>
    <message>
        <source>Too many requests to the Saju API in a short time.</source>
        <translation>Too many requests to the Saju API in a short time.</translation>
    </message>
    <message>
        <source>Wait a minute before trying again; the app retries automatically when it can.</source>
        <translation>Wait a minute before trying again; the app retries automatically when it can.</translation>
    </message>
    <message>
        <source>The daily request quota of your Saju API plan is used up.</source>
        <translation>The daily request quota of your Saju API plan is used up.</translation>
    </message>
    <message>
        <source>Wait for the daily quota to reset or upgrade your plan in the Saju API dashboard. The app does not retry this automatically.</source>
        <translation>Wait for the daily quota to reset or upgrade your plan in the Saju API dashboard. The app does not retry this automatically.</translation>
    </message>
    <message>
        <source>The monthly spending limit of your Saju API account has been reached.</source>
        <translation>The monthly spending limit of your Saju API account has been reached.</translation>
    </message>
    <message>
        <source>Raise the spending limit in the Saju API dashboard or wait for next month. The app does not retry this automatically.</source>
        <translation>Raise the spending limit in the Saju API dashboard or wait for next month. The app does not retry this automatically.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>The server had an internal error.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact support and quote the request ID.</source>
        <translation>Try again later. If it keeps happening, contact support and quote the request ID.</translation>
    </message>
    <message>
        <source>The AI model behind the service failed to answer.</source>
        <translation>The AI model behind the service failed to answer.</translation>
    </message>
    <message>
        <source>Try again in a moment, or choose a different model.</source>
        <translation>Try again in a moment, or choose a different model.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>The service is temporarily unavailable.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. The Saju API status page is status.sajuapi.dev.</source>
        <translation>Try again in a few minutes. The Saju API status page is status.sajuapi.dev.</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>The API key was not accepted.</translation>
    </message>
    <message>
        <source>Check the API key in Settings.</source>
        <translation>Check the API key in Settings.</translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation>The server rejected a value in the request.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this.</source>
        <translation>The API key is not allowed to do this.</translation>
    </message>
    <message>
        <source>Use a key with the needed permission.</source>
        <translation>Use a key with the needed permission.</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>The request is too large for the server.</translation>
    </message>
    <message>
        <source>Shorten the input and try again.</source>
        <translation>Shorten the input and try again.</translation>
    </message>
    <message>
        <source>RunYour AI did not accept the API key.</source>
        <translation>RunYour AI did not accept the API key.</translation>
    </message>
    <message>
        <source>Check the key in Settings: it starts with runyour-v1- and is sent as 'Authorization: Bearer &lt;key&gt;'. Make sure the key is still active in the RunYour console and that your account still belongs to a group; leaving a group deletes its keys.</source>
        <translation>Check the key in Settings: it starts with runyour-v1- and is sent as 'Authorization: Bearer &lt;key&gt;'. Make sure the key is still active in the RunYour console and that your account still belongs to a group; leaving a group deletes its keys.</translation>
    </message>
    <message>
        <source>The Saju API key lacks the permission for this request.</source>
        <translation>The Saju API key lacks the permission for this request.</translation>
    </message>
    <message>
        <source>Use a key with the fortune:read, saju:calculate or stream:read permission as needed, or turn off streaming.</source>
        <translation>Use a key with the fortune:read, saju:calculate or stream:read permission as needed, or turn off streaming.</translation>
    </message>
    <message>
        <source>Check the key's permissions in the provider's console.</source>
        <translation>Check the key's permissions in the provider's console.</translation>
    </message>
    <message>
        <source>Check the entered values and the selected model, then try again.</source>
        <translation>Check the entered values and the selected model, then try again.</translation>
    </message>
    <message>
        <source>The selected model is not available.</source>
        <translation>The selected model is not available.</translation>
    </message>
    <message>
        <source>Pick a model from the refreshed list; model IDs look like provider/model, e.g. openai/gpt-5.2.</source>
        <translation>Pick a model from the refreshed list; model IDs look like provider/model, e.g. openai/gpt-5.2.</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>The server does not know this address.</translation>
    </message>
    <message>
        <source>Check the server address in Settings; if it is correct, please report this.</source>
        <translation>Check the server address in Settings; if it is correct, please report this.</translation>
    </message>
    <message>
        <source>Too many requests in a short time.</source>
        <translation>Too many requests in a short time.</translation>
    </message>
    <message>
        <source>Wait a moment; the app retries automatically with increasing pauses.</source>
        <translation>Wait a moment; the app retries automatically with increasing pauses.</translation>
    </message>
    <message>
        <source>The Saju API account cannot pay for this request.</source>
        <translation>The Saju API account cannot pay for this request.</translation>
    </message>
    <message>
        <source>Check the plan and billing in the Saju API dashboard.</source>
        <translation>Check the plan and billing in the Saju API dashboard.</translation>
    </message>
    <message>
        <source>Your RunYour AI credits are used up, so no answer was generated.</source>
        <translation>Your RunYour AI credits are used up, so no answer was generated.</translation>
    </message>
    <message>
        <source>Top up the group's credits in the RunYour console (or ask your group administrator), then try again.</source>
        <translation>Top up the group's credits in the RunYour console (or ask your group administrator), then try again.</translation>
    </message>
    <message>
        <source>The server had a temporary problem.</source>
        <translation>The server had a temporary problem.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, copy the diagnostics for support.</source>
        <translation>Try again in a moment. If it keeps happening, copy the diagnostics for support.</translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation>The network connection failed.</translation>
    </message>
    <message>
        <source>Check your internet connection and proxy settings, then try again.</source>
        <translation>Check your internet connection and proxy settings, then try again.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>The server refused the connection.</translation>
    </message>
    <message>
        <source>The service may be down, or a firewall or proxy is blocking it. Try again later.</source>
        <translation>The service may be down, or a firewall or proxy is blocking it. Try again later.</translation>
    </message>
    <message>
        <source>The server's address could not be found.</source>
        <translation>The server's address could not be found.</translation>
    </message>
    <message>
        <source>Check your internet connection and the server address in Settings.</source>
        <translation>Check your internet connection and the server address in Settings.</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>The request took too long.</translation>
    </message>
    <message>
        <source>Try again; a faster model or a shorter request may help.</source>
        <translation>Try again; a faster model or a shorter request may help.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>A secure connection to the server could not be established.</translation>
    </message>
    <message>
        <source>Check the system date and time and any proxy that inspects HTTPS traffic. The app never ignores certificate errors.</source>
        <translation>Check the system date and time and any proxy that inspects HTTPS traffic. The app never ignores certificate errors.</translation>
    </message>
    <message>
        <source>The server sent a response the app cannot read.</source>
        <translation>The server sent a response the app cannot read.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, copy the diagnostics for support.</source>
        <translation>Try again later; if it persists, copy the diagnostics for support.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>The answer was cut off before it was complete.</translation>
    </message>
    <message>
        <source>The partial answer was kept. Ask again to get a full answer; this is a new, separately billed request.</source>
        <translation>The partial answer was kept. Ask again to get a full answer; this is a new, separately billed request.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>Start it again when you are ready.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>The server reported an error (HTTP %1).</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>If this keeps happening, copy the diagnostics for support.</source>
        <translation>If this keeps happening, copy the diagnostics for support.</translation>
    </message>
    <message>
        <source>(Field: %1)</source>
        <translation>(Field: %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>no HTTP status</translation>
    </message>
    <message>
        <source>The server returned an empty error response (%1).</source>
        <translation>The server returned an empty error response (%1).</translation>
    </message>
    <message>
        <source>The server returned an error without a description (%1).</source>
        <translation>The server returned an error without a description (%1).</translation>
    </message>
    <message>
        <source>The server returned an unreadable error page (%1).</source>
        <translation>The server returned an unreadable error page (%1).</translation>
    </message>
    <message>
        <source>It begins: “%1”</source>
        <translation>It begins: “%1”</translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation>Could not connect to the server in time.</translation>
    </message>
    <message>
        <source>The server stopped sending data.</source>
        <translation>The server stopped sending data.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>The connection closed before the answer was complete.</translation>
    </message>
    <message>
        <source>The server reported an error while streaming the answer.</source>
        <translation>The server reported an error while streaming the answer.</translation>
    </message>
    <message>
        <source>The daily request limit for your RunYour AI key has been reached.</source>
        <translation>The daily request limit for your RunYour AI key has been reached.</translation>
    </message>
    <message>
        <source>Wait for the daily limit to reset, or ask your group administrator to raise it in the RunYour console. The app does not retry this automatically.</source>
        <translation>Wait for the daily limit to reset, or ask your group administrator to raise it in the RunYour console. The app does not retry this automatically.</translation>
    </message>
    <message>
        <source>The monthly cost limit of your RunYour AI group has been reached.</source>
        <translation>The monthly cost limit of your RunYour AI group has been reached.</translation>
    </message>
    <message>
        <source>Ask your group administrator to raise the monthly limit in the RunYour console, or wait until next month. The app does not retry this automatically.</source>
        <translation>Ask your group administrator to raise the monthly limit in the RunYour console, or wait until next month. The app does not retry this automatically.</translation>
    </message>
    <message>
        <source>The daily request limit has been reached.</source>
        <translation>The daily request limit has been reached.</translation>
    </message>
    <message>
        <source>Wait for the daily limit to reset. The app does not retry this automatically.</source>
        <translation>Wait for the daily limit to reset. The app does not retry this automatically.</translation>
    </message>
    <message>
        <source>The monthly cost limit has been reached.</source>
        <translation>The monthly cost limit has been reached.</translation>
    </message>
    <message>
        <source>Raise the limit in the provider's console or wait until next month. The app does not retry this automatically.</source>
        <translation>Raise the limit in the provider's console or wait until next month. The app does not retry this automatically.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; the service or the AI provider behind it is temporarily unavailable.</source>
        <translation>Try again in a few minutes; the service or the AI provider behind it is temporarily unavailable.</translation>
    </message>
    <message>
        <source>The proxy server refused to connect to the service.</source>
        <translation>The proxy server refused to connect to the service.</translation>
    </message>
    <message>
        <source>Check the proxy settings (network/proxyMode, or the https_proxy, all_proxy and no_proxy environment variables) or ask your network administrator. The app does not retry this automatically.</source>
        <translation>Check the proxy settings (network/proxyMode, or the https_proxy, all_proxy and no_proxy environment variables) or ask your network administrator. The app does not retry this automatically.</translation>
    </message>
    <message>
        <source>The API key was not sent: the server address uses plain http:// and is not on this computer.</source>
        <translation>The API key was not sent: the server address uses plain http:// and is not on this computer.</translation>
    </message>
    <message>
        <source>Use an https:// address. To send keys over plain http to another computer anyway, set network/allowInsecureHttp=true in the settings file (off by default).</source>
        <translation>Use an https:// address. To send keys over plain http to another computer anyway, set network/allowInsecureHttp=true in the settings file (off by default).</translation>
    </message>
    <message>
        <source>The server address is not a usable http:// or https:// URL.</source>
        <translation>The server address is not a usable http:// or https:// URL.</translation>
    </message>
    <message>
        <source>Correct the address in the option, environment variable or setting named above, or remove it to use the default address.</source>
        <translation>Correct the address in the option, environment variable or setting named above, or remove it to use the default address.</translation>
    </message>
    <message numerus="yes">
        <source>The model did not start answering within %n second(s).</source>
        <translation><numerusform>The model did not start answering within %n second.</numerusform><numerusform>The model did not start answering within %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>RunYour AI</source>
        <translation>RunYour AI</translation>
    </message>
    <message>
        <source>Saju API</source>
        <translation>Saju API</translation>
    </message>
</context>
<context>
    <name>BirthFields</name>
    <message>
        <source>A lunar date has months 1–12 and days 1–30.</source>
        <translation>A lunar date has months 1–12 and days 1–30.</translation>
    </message>
    <message>
        <source>Lunar dates from 1899-12-01 to 2050-11-18 can be converted (Korean lunar table).</source>
        <translation>Lunar dates from 1899-12-01 to 2050-11-18 can be converted (Korean lunar table).</translation>
    </message>
    <message>
        <source>Lunar year %1 has no leap month.</source>
        <translation>Lunar year %1 has no leap month.</translation>
    </message>
    <message>
        <source>The leap month of lunar year %1 is month %2, not month %3.</source>
        <translation>The leap month of lunar year %1 is month %2, not month %3.</translation>
    </message>
    <message>
        <source>That lunar month is short (%1 days), so day %2 does not exist.</source>
        <translation>That lunar month is short (%1 days), so day %2 does not exist.</translation>
    </message>
    <message>
        <source>A date has months 1–12 and days 1–31.</source>
        <translation>A date has months 1–12 and days 1–31.</translation>
    </message>
    <message>
        <source>This date does not exist: month %2 of %1 has %3 days.</source>
        <translation>This date does not exist: month %2 of %1 has %3 days.</translation>
    </message>
    <message>
        <source>Dates from 1900-01-01 to 2100-12-31 can be calculated.</source>
        <translation>Dates from 1900-01-01 to 2100-12-31 can be calculated.</translation>
    </message>
    <message numerus="yes">
        <source>A name can have at most %n characters.</source>
        <translation><numerusform>A name can have at most %n character.</numerusform><numerusform>A name can have at most %n characters.</numerusform></translation>
    </message>
    <message>
        <source>Enter the birth date as YYYY-MM-DD.</source>
        <translation>Enter the birth date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 1992-08-26.</source>
        <translation>Write the date as YYYY-MM-DD, for example 1992-08-26.</translation>
    </message>
    <message>
        <source>The time runs from 00:00 to 23:59.</source>
        <translation>The time runs from 00:00 to 23:59.</translation>
    </message>
    <message>
        <source>The longitude must be between -180° and 180°.</source>
        <translation>The longitude must be between -180° and 180°.</translation>
    </message>
</context>
<context>
    <name>CalculationTrace</name>
    <message>
        <source>Korean lunar date %1 (leap month) is solar %2.</source>
        <translation>Korean lunar date %1 (leap month) is solar %2.</translation>
    </message>
    <message>
        <source>Korean lunar date %1 is solar %2.</source>
        <translation>Korean lunar date %1 is solar %2.</translation>
    </message>
    <message>
        <source>The Korean wall-clock time as entered.</source>
        <translation>The Korean wall-clock time as entered.</translation>
    </message>
    <message>
        <source>Time unknown: year, month and the luck pillars are evaluated at %1 civil time.</source>
        <translation>Time unknown: year, month and the luck pillars are evaluated at %1 civil time.</translation>
    </message>
    <message>
        <source>Daylight saving time was in force: one hour removed.</source>
        <translation>Daylight saving time was in force: one hour removed.</translation>
    </message>
    <message>
        <source>No daylight saving time on this date.</source>
        <translation>No daylight saving time on this date.</translation>
    </message>
    <message>
        <source>The clocks skipped this time when summer time began; it is read on the standard clock (moved forward by the gap).</source>
        <translation>The clocks skipped this time when summer time began; it is read on the standard clock (moved forward by the gap).</translation>
    </message>
    <message>
        <source>This time occurred twice when summer time ended; the earlier (summer-time) instant is used.</source>
        <translation>This time occurred twice when summer time ended; the earlier (summer-time) instant is used.</translation>
    </message>
    <message>
        <source>Before 1908-04-01 Korean clocks kept Seoul local mean time.</source>
        <translation>Before 1908-04-01 Korean clocks kept Seoul local mean time.</translation>
    </message>
    <message>
        <source>Korean standard time on the 127.5°E meridian (1908-04-01 to 1911-12-31 and 1954-03-21 to 1961-08-09).</source>
        <translation>Korean standard time on the 127.5°E meridian (1908-04-01 to 1911-12-31 and 1954-03-21 to 1961-08-09).</translation>
    </message>
    <message>
        <source>Standard time on the 135°E meridian (1912-01-01 to 1954-03-20 and since 1961-08-10).</source>
        <translation>Standard time on the 135°E meridian (1912-01-01 to 1954-03-20 and since 1961-08-10).</translation>
    </message>
    <message>
        <source>Not applied: the birth time is unknown.</source>
        <translation>Not applied: the birth time is unknown.</translation>
    </message>
    <message>
        <source>Local mean time at %1°E is UTC%2, %3 against the standard clock; it decides the day and hour pillars.</source>
        <translation>Local mean time at %1°E is UTC%2, %3 against the standard clock; it decides the day and hour pillars.</translation>
    </message>
    <message>
        <source>Not applied: the birth time is unknown; the day pillar is that of the civil date.</source>
        <translation>Not applied: the birth time is unknown; the day pillar is that of the civil date.</translation>
    </message>
    <message>
        <source>Split 子 hour (야자시/조자시): the day changes at 00:00; from 23:00 to 23:59 the day stays and the hour stem is the next day's 子 hour.</source>
        <translation>Split 子 hour (야자시/조자시): the day changes at 00:00; from 23:00 to 23:59 the day stays and the hour stem is the next day's 子 hour.</translation>
    </message>
    <message>
        <source>Applied here: the hour stem is taken from the next day.</source>
        <translation>Applied here: the hour stem is taken from the next day.</translation>
    </message>
    <message>
        <source>정자시: the day changes at 23:00.</source>
        <translation>정자시: the day changes at 23:00.</translation>
    </message>
    <message>
        <source>Applied here: the next day's pillar is used.</source>
        <translation>Applied here: the next day's pillar is used.</translation>
    </message>
    <message>
        <source>Midnight rule: the day and the hour stems change at 00:00.</source>
        <translation>Midnight rule: the day and the hour stems change at 00:00.</translation>
    </message>
    <message>
        <source>Year and month: before the first 節 of the table (小寒 1900), in the 子 month of 1899.</source>
        <translation>Year and month: before the first 節 of the table (小寒 1900), in the 子 month of 1899.</translation>
    </message>
    <message>
        <source>Year and month from %1 at %2; the next 節, %3, is at %4.</source>
        <translation>Year and month from %1 at %2; the next 節, %3, is at %4.</translation>
    </message>
    <message>
        <source>Year and month from %1 at %2.</source>
        <translation>Year and month from %1 at %2.</translation>
    </message>
    <message>
        <source>Civil time as typed</source>
        <translation>Civil time as typed</translation>
    </message>
    <message>
        <source>Daylight saving time removed</source>
        <translation>Daylight saving time removed</translation>
    </message>
    <message>
        <source>Standard meridian of the era</source>
        <translation>Standard meridian of the era</translation>
    </message>
    <message>
        <source>UTC instant</source>
        <translation>UTC instant</translation>
    </message>
    <message>
        <source>Local mean time at the birthplace</source>
        <translation>Local mean time at the birthplace</translation>
    </message>
    <message>
        <source>子-hour rule</source>
        <translation>子-hour rule</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Civil time minus UTC%1.</source>
        <translation>Civil time minus UTC%1.</translation>
    </message>
</context>
<context>
    <name>ChartBoundaries</name>
    <message>
        <source>solar term</source>
        <translation>solar term</translation>
    </message>
    <message>
        <source>hour-branch edge</source>
        <translation>hour-branch edge</translation>
    </message>
    <message>
        <source>day change</source>
        <translation>day change</translation>
    </message>
    <message>
        <source>solar term on the birth date</source>
        <translation>solar term on the birth date</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Luck pillars (대운): no gender chosen.</source>
        <translation>Luck pillars (대운): no gender chosen.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Day master</source>
        <translation>Day master</translation>
    </message>
    <message>
        <source>Ten god</source>
        <translation>Ten god</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Hidden stems</source>
        <translation>Hidden stems</translation>
    </message>
    <message>
        <source>12 stages</source>
        <translation>12 stages</translation>
    </message>
    <message>
        <source>Day master: %1 (%2)</source>
        <translation>Day master: %1 (%2)</translation>
    </message>
    <message>
        <source>Void (공망): %1</source>
        <translation>Void (공망): %1</translation>
    </message>
    <message>
        <source>Five elements: %1</source>
        <translation>Five elements: %1</translation>
    </message>
    <message>
        <source>Luck pillars (대운)</source>
        <translation>Luck pillars (대운)</translation>
    </message>
    <message>
        <source>Yearly luck (세운)</source>
        <translation>Yearly luck (세운)</translation>
    </message>
    <message>
        <source>How this was calculated</source>
        <translation>How this was calculated</translation>
    </message>
    <message>
        <source>There is no chart to export: the birth data is not complete.</source>
        <translation>There is no chart to export: the birth data is not complete.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>The image could not be made.</source>
        <translation>The image could not be made.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>Unknown export format “%1”.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>wood</source>
        <translation>wood</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>fire</translation>
    </message>
    <message>
        <source>earth</source>
        <translation>earth</translation>
    </message>
    <message>
        <source>metal</source>
        <translation>metal</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>gender not given</source>
        <translation>gender not given</translation>
    </message>
    <message>
        <source>lunar, leap month</source>
        <translation>lunar, leap month</translation>
    </message>
    <message>
        <source>lunar</source>
        <translation>lunar</translation>
    </message>
    <message>
        <source>solar</source>
        <translation>solar</translation>
    </message>
    <message>
        <source>子 rule: %1</source>
        <translation>子 rule: %1</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ten god</source>
        <translation>Ten god</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Hidden stems</source>
        <translation>Hidden stems</translation>
    </message>
    <message>
        <source>12 stages</source>
        <translation>12 stages</translation>
    </message>
    <message>
        <source>Day master: %1 %2 (%3)</source>
        <translation>Day master: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Void (공망): %1 %2</source>
        <translation>Void (공망): %1 %2</translation>
    </message>
    <message>
        <source>Elements: %1</source>
        <translation>Elements: %1</translation>
    </message>
    <message>
        <source>UTC: %1 · local mean time: %2</source>
        <translation>UTC: %1 · local mean time: %2</translation>
    </message>
    <message>
        <source>Luck pillars (대운): give --gender=male or --gender=female.</source>
        <translation>Luck pillars (대운): give --gender=male or --gender=female.</translation>
    </message>
    <message>
        <source>Luck pillars (대운): the solar term needed lies outside 1900–2100.</source>
        <translation>Luck pillars (대운): the solar term needed lies outside 1900–2100.</translation>
    </message>
    <message>
        <source>Luck pillars (대운): %1, from age %2 (%3 y %4 m %5 d after birth, %6)</source>
        <translation>Luck pillars (대운): %1, from age %2 (%3 y %4 m %5 d after birth, %6)</translation>
    </message>
    <message>
        <source>[time unknown: measured from 12:00]</source>
        <translation>[time unknown: measured from 12:00]</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Near a boundary: %1 %2 at %3 (%4 s from the birth). Other side, %5: %6</source>
        <translation>Near a boundary: %1 %2 at %3 (%4 s from the birth). Other side, %5: %6</translation>
    </message>
    <message>
        <source>(luck from age %1)</source>
        <translation>(luck from age %1)</translation>
    </message>
    <message>
        <source>How this was calculated:</source>
        <translation>How this was calculated:</translation>
    </message>
    <message>
        <source>Annual luck (세운):</source>
        <translation>Annual luck (세운):</translation>
    </message>
    <message>
        <source>Monthly luck (월운) of %1:</source>
        <translation>Monthly luck (월운) of %1:</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <source>23</source>
        <extracomment>the day changes at 23:00</extracomment>
        <translation>23</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>midnight</translation>
    </message>
    <message>
        <source>%1°E</source>
        <extracomment>%1 is the birth place's longitude east of Greenwich in degrees; Korean writes 동경 %1°.</extracomment>
        <translation>%1°E</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>sajudesk-cli: could not start the demo server on 127.0.0.1.
</source>
        <translation>sajudesk-cli: could not start the demo server on 127.0.0.1.
</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3/%4)</source>
        <translation>%1 — retrying in %2 s (attempt %3/%4)</translation>
    </message>
    <message>
        <source>Four pillars: %1  (%2)
</source>
        <translation>Four pillars: %1  (%2)
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>note: %1
</translation>
    </message>
    <message>
        <source>usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation>usage: %1 prompt + %2 completion = %3 tokens</translation>
    </message>
    <message>
        <source>[reasoning]</source>
        <translation>[reasoning]</translation>
    </message>
    <message>
        <source>[end of reasoning]</source>
        <translation>[end of reasoning]</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the model (%n s)…</source>
        <translation><numerusform>waiting for the model (%n s)…</numerusform><numerusform>waiting for the model (%n s)…</numerusform></translation>
    </message>
    <message>
        <source>stopped: token limit (the answer is cut short; raise --max-tokens for more)</source>
        <translation>stopped: token limit (the answer is cut short; raise --max-tokens for more)</translation>
    </message>
    <message>
        <source>stopped: the provider's content filter ended the answer</source>
        <translation>stopped: the provider's content filter ended the answer</translation>
    </message>
    <message>
        <source>Use the built-in offline demo server (no keys, no network).</source>
        <translation>Use the built-in offline demo server (no keys, no network).</translation>
    </message>
    <message>
        <source>RunYour AI base URL (default https://api.runyour.ai/v1; env SAJUDESK_RUNYOUR_URL).</source>
        <translation>RunYour AI base URL (default https://api.runyour.ai/v1; env SAJUDESK_RUNYOUR_URL).</translation>
    </message>
    <message>
        <source>Saju API base URL (default https://api.sajuapi.dev; env SAJUDESK_SAJU_URL).</source>
        <translation>Saju API base URL (default https://api.sajuapi.dev; env SAJUDESK_SAJU_URL).</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>warning: %1
</translation>
    </message>
    <message>
        <source>Model id as provider/model (default openai/gpt-5.2; see `models`).</source>
        <translation>Model id as provider/model (default openai/gpt-5.2; see `models`).</translation>
    </message>
    <message>
        <source>System message.</source>
        <translation>System message.</translation>
    </message>
    <message>
        <source>Wait for the whole answer instead of streaming.</source>
        <translation>Wait for the whole answer instead of streaming.</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Sampling temperature, 0 to 2.</translation>
    </message>
    <message>
        <source>Upper limit of answer tokens.</source>
        <translation>Upper limit of answer tokens.</translation>
    </message>
    <message>
        <source>The question; "-" or absent reads stdin.</source>
        <translation>The question; "-" or absent reads stdin.</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: give the prompt as one quoted argument.
</source>
        <translation>sajudesk-cli chat: give the prompt as one quoted argument.
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: no prompt given (pass it as an argument or pipe it in).
</source>
        <translation>sajudesk-cli chat: no prompt given (pass it as an argument or pipe it in).
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: stdin is not UTF-8 text.
</source>
        <translation>sajudesk-cli chat: stdin is not UTF-8 text.
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: --temperature needs a number, e.g. 0.7.
</source>
        <translation>sajudesk-cli chat: --temperature needs a number, e.g. 0.7.
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: --max-tokens needs a whole number, e.g. 400.
</source>
        <translation>sajudesk-cli chat: --max-tokens needs a whole number, e.g. 400.
</translation>
    </message>
    <message>
        <source>Compute the four pillars of a birth and ask the Saju API for the day's fortune.</source>
        <translation>Compute the four pillars of a birth and ask the Saju API for the day's fortune.</translation>
    </message>
    <message>
        <source>Birth as "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (time unknown); prefix L / L! for lunar / leap month.</source>
        <translation>Birth as "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (time unknown); prefix L / L! for lunar / leap month.</translation>
    </message>
    <message>
        <source>Name used in the fortune text.</source>
        <translation>Name used in the fortune text.</translation>
    </message>
    <message>
        <source>The birth date is a Korean lunar date.</source>
        <translation>The birth date is a Korean lunar date.</translation>
    </message>
    <message>
        <source>Lunar date in the leap month (implies --lunar).</source>
        <translation>Lunar date in the leap month (implies --lunar).</translation>
    </message>
    <message>
        <source>子 hour rule: split (default), 23 or midnight.</source>
        <translation>子 hour rule: split (default), 23 or midnight.</translation>
    </message>
    <message>
        <source>Birthplace longitude in degrees east (default Seoul).</source>
        <translation>Birthplace longitude in degrees east (default Seoul).</translation>
    </message>
    <message>
        <source>Birthplace city, e.g. 부산 or Busan.</source>
        <translation>Birthplace city, e.g. 부산 or Busan.</translation>
    </message>
    <message>
        <source>Fortune date YYYY-MM-DD (default: today in Seoul).</source>
        <translation>Fortune date YYYY-MM-DD (default: today in Seoul).</translation>
    </message>
    <message>
        <source>haiku (default), sonnet or gpt4o.</source>
        <translation>haiku (default), sonnet or gpt4o.</translation>
    </message>
    <message>
        <source>Only the daily fortune part (cheaper).</source>
        <translation>Only the daily fortune part (cheaper).</translation>
    </message>
    <message>
        <source>Use the JSON endpoint instead of the stream.</source>
        <translation>Use the JSON endpoint instead of the stream.</translation>
    </message>
    <message>
        <source>Print one JSON document (saju, data, meta) at the end.</source>
        <translation>Print one JSON document (saju, data, meta) at the end.</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>unexpected argument "%1"</translation>
    </message>
    <message>
        <source>--birth is required, e.g. --birth "1992-08-26 05:40"</source>
        <translation>--birth is required, e.g. --birth "1992-08-26 05:40"</translation>
    </message>
    <message>
        <source>--name is required, e.g. --name 이서준</source>
        <translation>--name is required, e.g. --name 이서준</translation>
    </message>
    <message>
        <source>give either --lon or --city, not both</source>
        <translation>give either --lon or --city, not both</translation>
    </message>
    <message>
        <source>--zi must be split, 23 or midnight</source>
        <translation>--zi must be split, 23 or midnight</translation>
    </message>
    <message>
        <source>unknown city "%1"</source>
        <translation>unknown city "%1"</translation>
    </message>
    <message>
        <source>--date must be a real date as YYYY-MM-DD, got "%1"</source>
        <translation>--date must be a real date as YYYY-MM-DD, got "%1"</translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation>request ID %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>model %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>cached</translation>
    </message>
    <message>
        <source>cost $%1</source>
        <translation>cost $%1</translation>
    </message>
    <message>
        <source>List the RunYour AI models usable with your key.</source>
        <translation>List the RunYour AI models usable with your key.</translation>
    </message>
    <message>
        <source>Print the raw model entries as a JSON array.</source>
        <translation>Print the raw model entries as a JSON array.</translation>
    </message>
    <message>
        <source>sajudesk-cli models: unexpected argument "%1"
</source>
        <translation>sajudesk-cli models: unexpected argument "%1"
</translation>
    </message>
    <message>
        <source>Four pillars (saju) of Korean civil birth times, 1900-2100.
Lines: YYYY-MM-DD HH:MM or YYYY-MM-DD (time unknown); prefix L for a Korean lunar date,
L! for a leap (yun) lunar month. Without LINE arguments, lines are read from stdin.</source>
        <translation>Four pillars (saju) of Korean civil birth times, 1900-2100.
Lines: YYYY-MM-DD HH:MM or YYYY-MM-DD (time unknown); prefix L for a Korean lunar date,
L! for a leap (yun) lunar month. Without LINE arguments, lines are read from stdin.</translation>
    </message>
    <message>
        <source>Zi-hour rule: split (default; day changes at 00:00, 23:xx takes the next day's hour stem), 23 (day changes at 23:00) or midnight.</source>
        <translation>Zi-hour rule: split (default; day changes at 00:00, 23:xx takes the next day's hour stem), 23 (day changes at 23:00) or midnight.</translation>
    </message>
    <message>
        <source>Birthplace longitude in degrees east for local mean time (default 126.978, Seoul; 127.5 = fixed 30-minute rule; 135 = no correction).</source>
        <translation>Birthplace longitude in degrees east for local mean time (default 126.978, Seoul; 127.5 = fixed 30-minute rule; 135 = no correction).</translation>
    </message>
    <message>
        <source>Birthplace by name (Korean or English), e.g. 부산 or Busan.</source>
        <translation>Birthplace by name (Korean or English), e.g. 부산 or Busan.</translation>
    </message>
    <message>
        <source>List built-in cities.</source>
        <translation>List built-in cities.</translation>
    </message>
    <message>
        <source>One JSON object per line (with the Saju API `saju` object).</source>
        <translation>One JSON object per line (with the Saju API `saju` object).</translation>
    </message>
    <message>
        <source>Birth date and time.</source>
        <translation>Birth date and time.</translation>
    </message>
    <message>
        <source>(see --list-cities)</source>
        <translation>(see --list-cities)</translation>
    </message>
    <message>
        <source>sajudesk-cli pillars: cannot read stdin</source>
        <translation>sajudesk-cli pillars: cannot read stdin</translation>
    </message>
    <message>
        <source>ask a RunYour AI model; the answer streams to stdout</source>
        <translation>ask a RunYour AI model; the answer streams to stdout</translation>
    </message>
    <message>
        <source>four pillars of a birth + the day's fortune from the Saju API</source>
        <translation>four pillars of a birth + the day's fortune from the Saju API</translation>
    </message>
    <message>
        <source>store, inspect or remove API keys in the OS keychain</source>
        <translation>store, inspect or remove API keys in the OS keychain</translation>
    </message>
    <message>
        <source>list the RunYour AI models usable with your key</source>
        <translation>list the RunYour AI models usable with your key</translation>
    </message>
    <message>
        <source>four pillars of birth dates (TSV or JSON); lunar input, zi rules, longitude</source>
        <translation>four pillars of birth dates (TSV or JSON); lunar input, zi rules, longitude</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli [--version] [--help] [--verbose] [--language ko|en] [--demo] [--runyour-url URL] [--saju-url URL] &lt;command&gt; [options]</source>
        <translation>Usage: sajudesk-cli [--version] [--help] [--verbose] [--language ko|en] [--demo] [--runyour-url URL] [--saju-url URL] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run 'sajudesk-cli &lt;command&gt; --help' for a command's options.
--demo answers from a built-in offline server. Keys come from SAJUDESK_RUNYOUR_KEY /
SAJUDESK_SAJU_KEY when set, else from the OS keychain (see 'key').
--verbose logs each request on stderr. --language picks ko or en (default: LANGUAGE,
LC_ALL, LC_MESSAGES or LANG).
Exit codes: 0 ok, 1 some lines failed, 2 usage or input error, 3 API error, 4 network error.</source>
        <translation>Run 'sajudesk-cli &lt;command&gt; --help' for a command's options.
--demo answers from a built-in offline server. Keys come from SAJUDESK_RUNYOUR_KEY /
SAJUDESK_SAJU_KEY when set, else from the OS keychain (see 'key').
--verbose logs each request on stderr. --language picks ko or en (default: LANGUAGE,
LC_ALL, LC_MESSAGES or LANG).
Exit codes: 0 ok, 1 some lines failed, 2 usage or input error, 3 API error, 4 network error.</translation>
    </message>
    <message>
        <source>sajudesk-cli: --language must be ko or en, not "%1".
</source>
        <translation>sajudesk-cli: --language must be ko or en, not "%1".
</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Other details</translation>
    </message>
    <message>
        <source>--zi must be split, 23 or midnight, not '%1'</source>
        <translation>--zi must be split, 23 or midnight, not '%1'</translation>
    </message>
    <message>
        <source>line %1 "%2": %3</source>
        <translation>line %1 "%2": %3</translation>
    </message>
    <message>
        <source>The 만세력 chart of Korean civil birth times, 1900-2100: four pillars, ten gods (십성),
hidden stems (지장간), 12 stages (12운성), void (공망), luck pillars (대운) with their start,
annual and monthly luck (세운/월운), the correction trace and boundary charts.
Lines as for `pillars`: YYYY-MM-DD HH:MM or YYYY-MM-DD; prefix L (lunar) or L! (leap month).
Without LINE arguments, lines are read from stdin.</source>
        <translation>The 만세력 chart of Korean civil birth times, 1900-2100: four pillars, ten gods (십성),
hidden stems (지장간), 12 stages (12운성), void (공망), luck pillars (대운) with their start,
annual and monthly luck (세운/월운), the correction trace and boundary charts.
Lines as for `pillars`: YYYY-MM-DD HH:MM or YYYY-MM-DD; prefix L (lunar) or L! (leap month).
Without LINE arguments, lines are read from stdin.</translation>
    </message>
    <message>
        <source>One JSON object per line (the chart; see README).</source>
        <translation>One JSON object per line (the chart; see README).</translation>
    </message>
    <message>
        <source>male or female; sets the luck-pillar (대운) direction. Without it the chart has no luck pillars.</source>
        <translation>male or female; sets the luck-pillar (대운) direction. Without it the chart has no luck pillars.</translation>
    </message>
    <message>
        <source>How the luck start age rounds delta/3 days: half-up (default) or floor.</source>
        <translation>How the luck start age rounds delta/3 days: half-up (default) or floor.</translation>
    </message>
    <message>
        <source>Also give the annual luck (세운) of these saju years, e.g. 2021-2031.</source>
        <translation>Also give the annual luck (세운) of these saju years, e.g. 2021-2031.</translation>
    </message>
    <message>
        <source>Also give the monthly luck (월운) of this saju year.</source>
        <translation>Also give the monthly luck (월운) of this saju year.</translation>
    </message>
    <message>
        <source>Language of labels, notes and messages: ko or en (default: the system language).</source>
        <translation>Language of labels, notes and messages: ko or en (default: the system language).</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --language must be ko or en, not '%1'</source>
        <translation>sajudesk-cli chart: --language must be ko or en, not '%1'</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --gender must be male or female, not '%1'</source>
        <translation>sajudesk-cli chart: --gender must be male or female, not '%1'</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --luck-rounding must be half-up or floor, not '%1'</source>
        <translation>sajudesk-cli chart: --luck-rounding must be half-up or floor, not '%1'</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --years must be FROM-TO (years 1-9999, at most %1 years), not '%2'</source>
        <translation>sajudesk-cli chart: --years must be FROM-TO (years 1-9999, at most %1 years), not '%2'</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --months must be a year 1-9999, not '%1'</source>
        <translation>sajudesk-cli chart: --months must be a year 1-9999, not '%1'</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: cannot read stdin</source>
        <translation>sajudesk-cli chart: cannot read stdin</translation>
    </message>
    <message>
        <source>Ask the service again even when this fortune is in the local cache.</source>
        <translation>Ask the service again even when this fortune is in the local cache.</translation>
    </message>
    <message>
        <source>Language of labels and messages: ko or en (default: the system language).</source>
        <translation>Language of labels and messages: ko or en (default: the system language).</translation>
    </message>
    <message>
        <source>--language must be ko or en, not "%1"</source>
        <translation>--language must be ko or en, not "%1"</translation>
    </message>
    <message>
        <source>the 만세력 chart: ten gods, hidden stems, 12 stages, void, luck pillars, trace</source>
        <translation>the 만세력 chart: ten gods, hidden stems, 12 stages, void, luck pillars, trace</translation>
    </message>
    <message>
        <source>sajudesk-cli: unknown command '%1'</source>
        <translation>sajudesk-cli: unknown command '%1'</translation>
    </message>
    <message>
        <source>Ask a RunYour AI model; the answer (or the model's refusal) streams to stdout. Reasoning, waiting, retries, usage and why the answer stopped go to stderr. Exit 0 also for a refusal or a token-limit stop; 3 when the service reports an error, also inside the stream.</source>
        <translation>Ask a RunYour AI model; the answer (or the model's refusal) streams to stdout. Reasoning, waiting, retries, usage and why the answer stopped go to stderr. Exit 0 also for a refusal or a token-limit stop; 3 when the service reports an error, also inside the stream.</translation>
    </message>
</context>
<context>
    <name>CmdKey</name>
    <message>
        <source>Paste the %1 key and press Enter (input is hidden): </source>
        <translation>Paste the %1 key and press Enter (input is hidden): </translation>
    </message>
    <message>
        <source>sajudesk-cli key: unknown service; use 'runyour' or 'saju'.</source>
        <translation>sajudesk-cli key: unknown service; use 'runyour' or 'saju'.</translation>
    </message>
    <message>
        <source>Note: %1 is set and takes precedence over the keychain.</source>
        <translation>Note: %1 is set and takes precedence over the keychain.</translation>
    </message>
    <message>
        <source>sajudesk-cli key set does not take the key as an argument: it would stay in your shell history and be visible to other processes. Run 'sajudesk-cli key set runyour' and paste the key at the hidden prompt, or pipe it in (for example from a password manager). Consider removing the key from your shell history.</source>
        <translation>sajudesk-cli key set does not take the key as an argument: it would stay in your shell history and be visible to other processes. Run 'sajudesk-cli key set runyour' and paste the key at the hidden prompt, or pipe it in (for example from a password manager). Consider removing the key from your shell history.</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key set runyour|saju   (the key is read from stdin)</source>
        <translation>Usage: sajudesk-cli key set runyour|saju   (the key is read from stdin)</translation>
    </message>
    <message>
        <source>The input is far longer than any API key; nothing was saved.</source>
        <translation>The input is far longer than any API key; nothing was saved.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>Not saved. If this key is right, run the command again with --force.</source>
        <translation>Not saved. If this key is right, run the command again with --force.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. The key was NOT saved. For this shell only, you can provide it through %2 instead.</source>
        <translation>Keychain unavailable: %1. The key was NOT saved. For this shell only, you can provide it through %2 instead.</translation>
    </message>
    <message>
        <source>Saved the %1 key %2 in the system keychain.</source>
        <translation>Saved the %1 key %2 in the system keychain.</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key remove runyour|saju</source>
        <translation>Usage: sajudesk-cli key remove runyour|saju</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. The %2 key was NOT removed.</source>
        <translation>Keychain unavailable: %1. The %2 key was NOT removed.</translation>
    </message>
    <message>
        <source>Removed the %1 key from the system keychain (if it was there).</source>
        <translation>Removed the %1 key from the system keychain (if it was there).</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key status [--json]</source>
        <translation>Usage: sajudesk-cli key status [--json]</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Keychain: available</translation>
    </message>
    <message>
        <source>Keychain: unavailable (%1)</source>
        <translation>Keychain: unavailable (%1)</translation>
    </message>
    <message>
        <source>Store, inspect or remove the RunYour AI and Saju API keys in the OS keychain.
  set runyour|saju   read the key from stdin (hidden when typed; never as an argument)
  status             where each key comes from, masked
  remove runyour|saju</source>
        <translation>Store, inspect or remove the RunYour AI and Saju API keys in the OS keychain.
  set runyour|saju   read the key from stdin (hidden when typed; never as an argument)
  status             where each key comes from, masked
  remove runyour|saju</translation>
    </message>
    <message>
        <source>set, status or remove</source>
        <translation>set, status or remove</translation>
    </message>
    <message>
        <source>runyour or saju</source>
        <translation>runyour or saju</translation>
    </message>
    <message>
        <source>set: accept a RunYour key without the runyour-v1- prefix</source>
        <translation>set: accept a RunYour key without the runyour-v1- prefix</translation>
    </message>
    <message>
        <source>status: print JSON</source>
        <translation>status: print JSON</translation>
    </message>
    <message>
        <source>sajudesk-cli key: unknown option. Run 'sajudesk-cli key --help'.</source>
        <translation>sajudesk-cli key: unknown option. Run 'sajudesk-cli key --help'.</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key set|status|remove … (see 'sajudesk-cli key --help')</source>
        <translation>Usage: sajudesk-cli key set|status|remove … (see 'sajudesk-cli key --help')</translation>
    </message>
</context>
<context>
    <name>ConversationAutosaver</name>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk and is read-only here; changes to it are not saved.</source>
        <translation>This conversation was saved by a newer version of SajuDesk and is read-only here; changes to it are not saved.</translation>
    </message>
    <message>
        <source>%1 The conversation is kept in memory and saved as soon as that works again.</source>
        <translation>%1 The conversation is kept in memory and saved as soon as that works again.</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Last activity: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <source>Message this version cannot show</source>
        <translation>Message this version cannot show</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistant (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Stopped before the end.</translation>
    </message>
    <message>
        <source>Interrupted: this answer is incomplete.</source>
        <translation>Interrupted: this answer is incomplete.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>Failed (%1).</source>
        <translation>Failed (%1).</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>%1 is not a JSON file (%2 at byte %3), so it is not a conversation SajuDesk can import.</source>
        <translation>%1 is not a JSON file (%2 at byte %3), so it is not a conversation SajuDesk can import.</translation>
    </message>
    <message>
        <source>%1 is not a conversation. SajuDesk imports its own conversation files (JSON) and lists of chat messages such as [{"role": "user", "content": "…"}].</source>
        <translation>%1 is not a conversation. SajuDesk imports its own conversation files (JSON) and lists of chat messages such as [{"role": "user", "content": "…"}].</translation>
    </message>
    <message>
        <source>%1 holds no conversation.</source>
        <translation>%1 holds no conversation.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is not a conversation and was skipped.</source>
        <translation>Entry %1 of %2 is not a conversation and was skipped.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of SajuDesk. Update SajuDesk to import it.</source>
        <translation>“%1” was saved by a newer version of SajuDesk. Update SajuDesk to import it.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a conversation.</source>
        <translation>%1 is too large to be a conversation.</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>%1 is not a SajuDesk conversation.</source>
        <translation>%1 is not a SajuDesk conversation.</translation>
    </message>
    <message>
        <source>The conversation has an invalid id.</source>
        <translation>The conversation has an invalid id.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk (format %2). It is shown read-only, and this version does not change it.</source>
        <translation>%1 was written by a newer version of SajuDesk (format %2). It is shown read-only, and this version does not change it.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk; this version does not save changes to it.</source>
        <translation>%1 was written by a newer version of SajuDesk; this version does not save changes to it.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Cannot delete %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationTrash</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash: %2</source>
        <translation>Cannot move %1 to the trash: %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the trash.</source>
        <translation>%1 is no longer in the trash.</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Cannot restore %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1.</source>
        <translation>Cannot restore %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the trash: %2</source>
        <translation>Cannot remove %1 from the trash: %2</translation>
    </message>
</context>
<context>
    <name>DiskError</name>
    <message>
        <source>Cannot save %1: the disk is full.</source>
        <translation>Cannot save %1: the disk is full.</translation>
    </message>
    <message>
        <source>Cannot save %1: the disk is read-only.</source>
        <translation>Cannot save %1: the disk is read-only.</translation>
    </message>
    <message>
        <source>Cannot save %1: no permission to write in the folder %2.</source>
        <translation>Cannot save %1: no permission to write in the folder %2.</translation>
    </message>
    <message>
        <source>Cannot save %1: the file would be larger than the system allows.</source>
        <translation>Cannot save %1: the file would be larger than the system allows.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>ElementStyle</name>
    <message>
        <source>Wood</source>
        <translation>Wood</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Earth</source>
        <translation>Earth</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Wood</source>
        <comment>short</comment>
        <translation>Wood</translation>
    </message>
    <message>
        <source>Fire</source>
        <comment>short</comment>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Earth</source>
        <comment>short</comment>
        <translation>Earth</translation>
    </message>
    <message>
        <source>Metal</source>
        <comment>short</comment>
        <translation>Metal</translation>
    </message>
    <message>
        <source>Water</source>
        <comment>short</comment>
        <translation>Water</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tile caption: Hangul reading, element</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FortuneCache</name>
    <message>
        <source>The fortune does not match its request.</source>
        <translation>The fortune does not match its request.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>FortuneChatContext</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the pillar in Hanja (甲子), %2 in Hangul (갑자)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>solar calendar</source>
        <translation>solar calendar</translation>
    </message>
    <message>
        <source>lunar calendar, leap month</source>
        <translation>lunar calendar, leap month</translation>
    </message>
    <message>
        <source>lunar calendar</source>
        <translation>lunar calendar</translation>
    </message>
    <message>
        <source>Birth: %1 %2 (%3)</source>
        <translation>Birth: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Birth: %1, time unknown (%2)</source>
        <translation>Birth: %1, time unknown (%2)</translation>
    </message>
    <message>
        <source>Solar date: %1</source>
        <translation>Solar date: %1</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° E</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° W</translation>
    </message>
    <message>
        <source>split at midnight (야자시/조자시)</source>
        <translation>split at midnight (야자시/조자시)</translation>
    </message>
    <message>
        <source>the day changes at 23:00 (정자시)</source>
        <translation>the day changes at 23:00 (정자시)</translation>
    </message>
    <message>
        <source>the day changes at midnight, no split</source>
        <translation>the day changes at midnight, no split</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <source>Birthplace longitude: %1</source>
        <translation>Birthplace longitude: %1</translation>
    </message>
    <message>
        <source>Zi (子) hour rule: %1</source>
        <translation>Zi (子) hour rule: %1</translation>
    </message>
    <message>
        <source>Daylight saving time: in effect at the birth time</source>
        <translation>Daylight saving time: in effect at the birth time</translation>
    </message>
    <message>
        <source>Daylight saving time: not in effect at the birth time</source>
        <translation>Daylight saving time: not in effect at the birth time</translation>
    </message>
    <message>
        <source>Four pillars:</source>
        <translation>Four pillars:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Day master: %1 (%2), element %3</source>
        <translation>Day master: %1 (%2), element %3</translation>
    </message>
    <message>
        <source>Five elements: %1</source>
        <translation>Five elements: %1</translation>
    </message>
    <message>
        <source>Current 10-year luck (대운): %1, ages %2–%3</source>
        <translation>Current 10-year luck (대운): %1, ages %2–%3</translation>
    </message>
    <message>
        <source>Current 10-year luck (대운): %1</source>
        <translation>Current 10-year luck (대운): %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Fortune for %1:</source>
        <translation>Fortune for %1:</translation>
    </message>
    <message>
        <source>Fortune text: %1</source>
        <translation>Fortune text: %1</translation>
    </message>
    <message>
        <source>Answer the user's questions about this saju and fortune kindly and concretely, in the user's language.</source>
        <translation>Answer the user's questions about this saju and fortune kindly and concretely, in the user's language.</translation>
    </message>
</context>
<context>
    <name>FortuneText</name>
    <message>
        <source>Wood</source>
        <translation>Wood</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Earth</source>
        <translation>Earth</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Yang</source>
        <translation>Yang</translation>
    </message>
    <message>
        <source>Yin</source>
        <translation>Yin</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>Tendency</source>
        <translation>Tendency</translation>
    </message>
    <message>
        <source>Today's fortune</source>
        <translation>Today's fortune</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Day master</source>
        <translation>Day master</translation>
    </message>
    <message>
        <source>Day master (Hanja)</source>
        <translation>Day master (Hanja)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Investor identity</source>
        <translation>Investor identity</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation>Risk tolerance</translation>
    </message>
    <message>
        <source>Long-term aptitude</source>
        <translation>Long-term aptitude</translation>
    </message>
    <message>
        <source>Trend sensitivity</source>
        <translation>Trend sensitivity</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Trait</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Caution</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date (with weekday)</source>
        <translation>Date (with weekday)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Things to do today</source>
        <translation>Things to do today</translation>
    </message>
    <message>
        <source>Lacking element</source>
        <translation>Lacking element</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>cached · fetched %1</source>
        <translation>cached · fetched %1</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server redirected the request to %1; redirects to another host are not followed so the API key stays with the service.</source>
        <translation>The server redirected the request to %1; redirects to another host are not followed so the API key stays with the service.</translation>
    </message>
    <message>
        <source>The server address “%1” is not a usable http:// or https:// URL.</source>
        <translation>The server address “%1” is not a usable http:// or https:// URL.</translation>
    </message>
    <message>
        <source>The API key was not sent: %1 is reached over plain http://, so the key would cross the network unencrypted. Use an https:// address, or allow plain http with the setting network/allowInsecureHttp=true (off by default).</source>
        <translation>The API key was not sent: %1 is reached over plain http://, so the key would cross the network unencrypted. Use an https:// address, or allow plain http with the setting network/allowInsecureHttp=true (off by default).</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a SajuDesk file.</source>
        <translation>%1 is too large to be a SajuDesk file.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3).</source>
        <translation>%1 is damaged (%2 at byte %3).</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so it stays where it is; SajuDesk does not change it.</source>
        <translation>It could not be moved aside (%1), so it stays where it is; SajuDesk does not change it.</translation>
    </message>
    <message>
        <source>It was moved to %1 with its contents unchanged.</source>
        <translation>It was moved to %1 with its contents unchanged.</translation>
    </message>
    <message>
        <source>%1 is in an older format and is not upgraded until a backup of it can be kept. %2</source>
        <translation>%1 is in an older format and is not upgraded until a backup of it can be kept. %2</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>Enter a key.</source>
        <translation>Enter a key.</translation>
    </message>
    <message>
        <source>This is far longer than any API key. Paste only the key.</source>
        <translation>This is far longer than any API key. Paste only the key.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks inside it. Copy the key again in one piece.</source>
        <translation>The key contains spaces or line breaks inside it. Copy the key again in one piece.</translation>
    </message>
    <message>
        <source>The key contains control characters. Copy the key again from the vendor's console.</source>
        <translation>The key contains control characters. Copy the key again from the vendor's console.</translation>
    </message>
    <message>
        <source>The key contains characters that API keys never have (only English letters, digits, '-' and '_'). Check that you pasted the key and not other text.</source>
        <translation>The key contains characters that API keys never have (only English letters, digits, '-' and '_'). Check that you pasted the key and not other text.</translation>
    </message>
    <message>
        <source>Only the prefix was pasted. Copy the whole key.</source>
        <translation>Only the prefix was pasted. Copy the whole key.</translation>
    </message>
    <message>
        <source>RunYour AI keys start with "runyour-v1-"; this one does not. Check that you copied the whole key.</source>
        <translation>RunYour AI keys start with "runyour-v1-"; this one does not. Check that you copied the whole key.</translation>
    </message>
    <message>
        <source>Saju API keys start with "bs_live_" or "bs_test_".</source>
        <translation>Saju API keys start with "bs_live_" or "bs_test_".</translation>
    </message>
    <message>
        <source>This is a test key: the Saju API answers with mock data and does not bill it.</source>
        <translation>This is a test key: the Saju API answers with mock data and does not bill it.</translation>
    </message>
    <message>
        <source>Starts with runyour-v1-. Create it in the RunYour AI console under API keys.</source>
        <translation>Starts with runyour-v1-. Create it in the RunYour AI console under API keys.</translation>
    </message>
    <message>
        <source>Starts with bs_live_ (production) or bs_test_ (mock data, not billed). Create it in the Saju API dashboard.</source>
        <translation>Starts with bs_live_ (production) or bs_test_ (mock data, not billed). Create it in the Saju API dashboard.</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <source>%1 is set but ignored: %2</source>
        <translation>%1 is set but ignored: %2</translation>
    </message>
    <message>
        <source>The key stored in the keychain is not usable: %1</source>
        <translation>The key stored in the keychain is not usable: %1</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. Keys are kept for this session only.</source>
        <translation>Keychain unavailable: %1. Keys are kept for this session only.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>system keychain</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>this session only</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1: no key</source>
        <translation>%1: no key</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>— rejected by the server</source>
        <translation>— rejected by the server</translation>
    </message>
    <message>
        <source>The %1 key was rejected; enter a new one in Settings.</source>
        <translation>The %1 key was rejected; enter a new one in Settings.</translation>
    </message>
    <message>
        <source>Saved the %1 key %2 in the system keychain.</source>
        <translation>Saved the %1 key %2 in the system keychain.</translation>
    </message>
    <message>
        <source>The %1 key %2 is used until SajuDesk quits.</source>
        <translation>The %1 key %2 is used until SajuDesk quits.</translation>
    </message>
    <message>
        <source>%1 is set and takes precedence over it.</source>
        <translation>%1 is set and takes precedence over it.</translation>
    </message>
    <message>
        <source>Removed the %1 key.</source>
        <translation>Removed the %1 key.</translation>
    </message>
    <message>
        <source>The %1 key is no longer used in this session, but the keychain could not be reached to delete it: %2</source>
        <translation>The %1 key is no longer used in this session, but the keychain could not be reached to delete it: %2</translation>
    </message>
    <message>
        <source>%1 is still set and stays in use.</source>
        <translation>%1 is still set and stays in use.</translation>
    </message>
    <message>
        <source>The %1 key %2 worked earlier but is now rejected (HTTP 401). It may have been revoked or rotated, or removed together with its owner's group membership. Enter a new key; SajuDesk will not retry with this one.</source>
        <translation>The %1 key %2 worked earlier but is now rejected (HTTP 401). It may have been revoked or rotated, or removed together with its owner's group membership. Enter a new key; SajuDesk will not retry with this one.</translation>
    </message>
    <message>
        <source>The %1 key %2 was rejected (HTTP 401). Check that the whole key was pasted, or create a new key.</source>
        <translation>The %1 key %2 was rejected (HTTP 401). Check that the whole key was pasted, or create a new key.</translation>
    </message>
</context>
<context>
    <name>KeyRegistry</name>
    <message>
        <source>Chat input</source>
        <translation>Chat input</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Start a new line</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stop the answer</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
</context>
<context>
    <name>LuckPillars</name>
    <message>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>backward</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>Context (sent as the system prompt)</source>
        <translation>Context (sent as the system prompt)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>This version of SajuDesk cannot show this message. It is kept unchanged.</source>
        <translation>This version of SajuDesk cannot show this message. It is kept unchanged.</translation>
    </message>
    <message>
        <source>Asking again (%1 s)… the earlier text stays until the new answer starts.</source>
        <translation>Asking again (%1 s)… the earlier text stays until the new answer starts.</translation>
    </message>
    <message>
        <source>Waiting for the model (%1 s)…</source>
        <translation>Waiting for the model (%1 s)…</translation>
    </message>
    <message>
        <source>Stopped. This answer is incomplete.</source>
        <translation>Stopped. This answer is incomplete.</translation>
    </message>
    <message>
        <source>No answer arrived.</source>
        <translation>No answer arrived.</translation>
    </message>
    <message>
        <source>No answer arrived (%1).</source>
        <translation>No answer arrived (%1).</translation>
    </message>
    <message>
        <source>The answer reached the length limit and was cut off.</source>
        <translation>The answer reached the length limit and was cut off.</translation>
    </message>
    <message>
        <source>The provider's content filter stopped this answer.</source>
        <translation>The provider's content filter stopped this answer.</translation>
    </message>
    <message>
        <source>The model sent an empty answer.</source>
        <translation>The model sent an empty answer.</translation>
    </message>
    <message>
        <source>Thinking… %1 s</source>
        <translation>Thinking… %1 s</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>Thought for %1 s</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Thoughts</translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>%1 in · %2 out tokens</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>first token %1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>Incomplete: the answer ended before it was finished.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished (%1).</source>
        <translation>Incomplete: the answer ended before it was finished (%1).</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>first token %1 ms</translation>
    </message>
</context>
<context>
    <name>ModelStatusText</name>
    <message>
        <source>Loading models…</source>
        <translation>Loading models…</translation>
    </message>
    <message>
        <source>No RunYour key — add one</source>
        <translation>No RunYour key — add one</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Key rejected</translation>
    </message>
    <message>
        <source>Offline — retry</source>
        <translation>Offline — retry</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>Models could not be loaded</translation>
    </message>
    <message>
        <source>The service offers no models</source>
        <translation>The service offers no models</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>Add Key…</translation>
    </message>
    <message>
        <source>Open API Keys…</source>
        <translation>Open API Keys…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Chat needs a RunYour AI key. Add one in Settings › API Keys. Your text is kept.</source>
        <translation>Chat needs a RunYour AI key. Add one in Settings › API Keys. Your text is kept.</translation>
    </message>
    <message>
        <source>RunYour AI rejected the key, so no model can be used. Enter a new key in Settings › API Keys. Your text is kept.</source>
        <translation>RunYour AI rejected the key, so no model can be used. Enter a new key in Settings › API Keys. Your text is kept.</translation>
    </message>
    <message>
        <source>The model list could not be loaded: no connection. Check the network and press Retry next to the model picker. Your text is kept.</source>
        <translation>The model list could not be loaded: no connection. Check the network and press Retry next to the model picker. Your text is kept.</translation>
    </message>
    <message>
        <source>The model list could not be loaded. Press Retry next to the model picker. Your text is kept.</source>
        <translation>The model list could not be loaded. Press Retry next to the model picker. Your text is kept.</translation>
    </message>
    <message>
        <source>RunYour AI offers no models for this key. Type a model id in the picker or try again later. Your text is kept.</source>
        <translation>RunYour AI offers no models for this key. Type a model id in the picker or try again later. Your text is kept.</translation>
    </message>
    <message>
        <source>The model list is still loading. Send again in a moment; your text is kept.</source>
        <translation>The model list is still loading. Send again in a moment; your text is kept.</translation>
    </message>
    <message>
        <source>Choose a model in the picker above. Your text is kept.</source>
        <translation>Choose a model in the picker above. Your text is kept.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 is not a SajuDesk profiles file.</source>
        <translation>%1 is not a SajuDesk profiles file.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk (format %2). Profiles are shown read-only; this version does not save or delete them.</source>
        <translation>%1 was written by a newer version of SajuDesk (format %2). Profiles are shown read-only; this version does not save or delete them.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk; this version does not change it.</source>
        <translation>%1 was written by a newer version of SajuDesk; this version does not change it.</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside, so nothing is saved over it. Move or delete it, then try again.</source>
        <translation>%1 is damaged and could not be moved aside, so nothing is saved over it. Move or delete it, then try again.</translation>
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>the keychain did not answer</translation>
    </message>
    <message>
        <source>%1 (QtKeychain error %2)</source>
        <translation>%1 (QtKeychain error %2)</translation>
    </message>
</context>
<context>
    <name>RunYour</name>
    <message>
        <source>No model selected. Choose a model such as "openai/gpt-5.2" from the model list.</source>
        <translation>No model selected. Choose a model such as "openai/gpt-5.2" from the model list.</translation>
    </message>
    <message>
        <source>The model id "%1" has no provider prefix. RunYour AI needs "provider/model", for example "openai/gpt-5.2"; pick one from the model list.</source>
        <translation>The model id "%1" has no provider prefix. RunYour AI needs "provider/model", for example "openai/gpt-5.2"; pick one from the model list.</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>There is no message to send.</translation>
    </message>
    <message>
        <source>A message is too long (%1 characters; the limit is %2).</source>
        <translation>A message is too long (%1 characters; the limit is %2).</translation>
    </message>
    <message>
        <source>The prompt is empty. Type a question first.</source>
        <translation>The prompt is empty. Type a question first.</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 2.</source>
        <translation>Temperature must be between 0 and 2.</translation>
    </message>
    <message>
        <source>The maximum number of tokens must be positive.</source>
        <translation>The maximum number of tokens must be positive.</translation>
    </message>
    <message>
        <source>The RunYour AI key does not start with "runyour-v1-"; it is sent as entered but will probably be rejected.</source>
        <translation>The RunYour AI key does not start with "runyour-v1-"; it is sent as entered but will probably be rejected.</translation>
    </message>
    <message>
        <source>No RunYour AI key is set.</source>
        <translation>No RunYour AI key is set.</translation>
    </message>
    <message>
        <source>Add your key in Settings (or set SAJUDESK_RUNYOUR_KEY for the command line).</source>
        <translation>Add your key in Settings (or set SAJUDESK_RUNYOUR_KEY for the command line).</translation>
    </message>
</context>
<context>
    <name>SajuApi</name>
    <message>
        <source>The Saju API key does not start with "bs_live_" or "bs_test_"; it is sent as entered but will probably be rejected.</source>
        <translation>The Saju API key does not start with "bs_live_" or "bs_test_"; it is sent as entered but will probably be rejected.</translation>
    </message>
    <message>
        <source>No Saju API key is set.</source>
        <translation>No Saju API key is set.</translation>
    </message>
    <message>
        <source>Add your key in Settings (or set SAJUDESK_SAJU_KEY for the command line).</source>
        <translation>Add your key in Settings (or set SAJUDESK_SAJU_KEY for the command line).</translation>
    </message>
    <message>
        <source>Unknown fortune model "%1". Use haiku, sonnet or gpt4o.</source>
        <translation>Unknown fortune model "%1". Use haiku, sonnet or gpt4o.</translation>
    </message>
    <message>
        <source>Enter a name for the fortune.</source>
        <translation>Enter a name for the fortune.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The four pillars are incomplete; calculate them from a birth date first.</source>
        <translation>The four pillars are incomplete; calculate them from a birth date first.</translation>
    </message>
    <message>
        <source>The fortune date is not a valid date.</source>
        <translation>The fortune date is not a valid date.</translation>
    </message>
</context>
<context>
    <name>SajuError</name>
    <message>
        <source>The birth date is empty.</source>
        <translation>The birth date is empty.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8 text.</source>
        <translation>The input is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>"%1" is not a birth date. Write YYYY-MM-DD or YYYY-MM-DD HH:MM, with L (lunar) or L! (leap lunar month) in front for a lunar date.</source>
        <translation>"%1" is not a birth date. Write YYYY-MM-DD or YYYY-MM-DD HH:MM, with L (lunar) or L! (leap lunar month) in front for a lunar date.</translation>
    </message>
    <message>
        <source>%1 does not exist in the calendar.</source>
        <translation>%1 does not exist in the calendar.</translation>
    </message>
    <message>
        <source>%1 is not a valid time of day (00:00 to 23:59).</source>
        <translation>%1 is not a valid time of day (00:00 to 23:59).</translation>
    </message>
    <message>
        <source>%1 is outside the supported range 1900-01-01 to 2100-12-31.</source>
        <translation>%1 is outside the supported range 1900-01-01 to 2100-12-31.</translation>
    </message>
    <message>
        <source>The lunar date %1 is outside the Korean lunar table (1899-12-01 to 2050-11-18, solar 1900-01-01 to 2050-12-31).</source>
        <translation>The lunar date %1 is outside the Korean lunar table (1899-12-01 to 2050-11-18, solar 1900-01-01 to 2050-12-31).</translation>
    </message>
    <message>
        <source>The lunar year has no leap month %1.</source>
        <translation>The lunar year has no leap month %1.</translation>
    </message>
    <message>
        <source>The lunar month is shorter: %1 does not exist.</source>
        <translation>The lunar month is shorter: %1 does not exist.</translation>
    </message>
    <message>
        <source>"%1" is not a longitude between -180 and 180 degrees.</source>
        <translation>"%1" is not a longitude between -180 and 180 degrees.</translation>
    </message>
    <message>
        <source>Unknown city "%1".</source>
        <translation>Unknown city "%1".</translation>
    </message>
    <message>
        <source>The Saju API response has no pillars.</source>
        <translation>The Saju API response has no pillars.</translation>
    </message>
    <message>
        <source>The Saju API gives the same pillars.</source>
        <translation>The Saju API gives the same pillars.</translation>
    </message>
    <message>
        <source>%1: local %2, API %3</source>
        <translation>%1: local %2, API %3</translation>
    </message>
    <message>
        <source>year pillar</source>
        <translation>year pillar</translation>
    </message>
    <message>
        <source>month pillar</source>
        <translation>month pillar</translation>
    </message>
    <message>
        <source>day pillar</source>
        <translation>day pillar</translation>
    </message>
    <message>
        <source>hour pillar</source>
        <translation>hour pillar</translation>
    </message>
    <message>
        <source>The Saju API's %1 is unreadable.</source>
        <translation>The Saju API's %1 is unreadable.</translation>
    </message>
</context>
<context>
    <name>SajuFormat</name>
    <message>
        <source>%1° W</source>
        <comment>longitude west; Korean: 서경 %1°</comment>
        <translation>%1° W</translation>
    </message>
    <message>
        <source>%1° E</source>
        <comment>longitude east; Korean: 동경 %1°</comment>
        <translation>%1° E</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>Solar %1 %2</source>
        <translation>Solar %1 %2</translation>
    </message>
    <message>
        <source>Lunar %1 (leap month) %2</source>
        <translation>Lunar %1 (leap month) %2</translation>
    </message>
    <message>
        <source>Lunar %1 %2</source>
        <translation>Lunar %1 %2</translation>
    </message>
    <message>
        <source>Split 야자시/조자시 (default)</source>
        <translation>Split 야자시/조자시 (default)</translation>
    </message>
    <message>
        <source>Day changes at 23:00</source>
        <translation>Day changes at 23:00</translation>
    </message>
    <message>
        <source>Day changes at midnight</source>
        <translation>Day changes at midnight</translation>
    </message>
    <message>
        <source>The day changes at 00:00; a birth at 23:00–23:59 keeps its day but takes the next day's 子-hour stem. Most Korean 만세력 do this.</source>
        <translation>The day changes at 00:00; a birth at 23:00–23:59 keeps its day but takes the next day's 子-hour stem. Most Korean 만세력 do this.</translation>
    </message>
    <message>
        <source>The day, and the 子 hour, change at 23:00 (정자시).</source>
        <translation>The day, and the 子 hour, change at 23:00 (정자시).</translation>
    </message>
    <message>
        <source>The day changes at 00:00 and 23:00–23:59 keeps that day's stem.</source>
        <translation>The day changes at 00:00 and 23:00–23:59 keeps that day's stem.</translation>
    </message>
    <message>
        <source>Round half up (default)</source>
        <translation>Round half up (default)</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>Round down</translation>
    </message>
    <message>
        <source>Days to the solar term ÷ 3, a remainder of 1.5 days or more counts as a year.</source>
        <translation>Days to the solar term ÷ 3, a remainder of 1.5 days or more counts as a year.</translation>
    </message>
    <message>
        <source>Days to the solar term ÷ 3, the remainder dropped.</source>
        <translation>Days to the solar term ÷ 3, the remainder dropped.</translation>
    </message>
</context>
<context>
    <name>ServiceUrls</name>
    <message>
        <source>%1 is “%2”, which is not a usable http:// or https:// address (it needs that scheme and a host name). Correct it or remove it to use the default address.</source>
        <translation>%1 is “%2”, which is not a usable http:// or https:// address (it needs that scheme and a host name). Correct it or remove it to use the default address.</translation>
    </message>
    <message>
        <source>The option %1</source>
        <translation>The option %1</translation>
    </message>
    <message>
        <source>The environment variable %1</source>
        <translation>The environment variable %1</translation>
    </message>
    <message>
        <source>The setting %1</source>
        <translation>The setting %1</translation>
    </message>
</context>
<context>
    <name>StreamFallback</name>
    <message>
        <source>This Saju API key may not stream (HTTP %1); the whole fortune is fetched at once instead.</source>
        <translation>This Saju API key may not stream (HTTP %1); the whole fortune is fetched at once instead.</translation>
    </message>
    <message>
        <source>The Saju API does not stream here (HTTP %1); the whole fortune is fetched at once instead.</source>
        <translation>The Saju API does not stream here (HTTP %1); the whole fortune is fetched at once instead.</translation>
    </message>
    <message>
        <source>The fortune stream could not be read; the whole fortune is fetched at once instead.</source>
        <translation>The fortune stream could not be read; the whole fortune is fetched at once instead.</translation>
    </message>
</context>
<context>
    <name>TenGod</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Rob Wealth</source>
        <translation>Rob Wealth</translation>
    </message>
    <message>
        <source>Eating God</source>
        <translation>Eating God</translation>
    </message>
    <message>
        <source>Hurting Officer</source>
        <translation>Hurting Officer</translation>
    </message>
    <message>
        <source>Indirect Wealth</source>
        <translation>Indirect Wealth</translation>
    </message>
    <message>
        <source>Direct Wealth</source>
        <translation>Direct Wealth</translation>
    </message>
    <message>
        <source>Indirect Officer</source>
        <translation>Indirect Officer</translation>
    </message>
    <message>
        <source>Direct Officer</source>
        <translation>Direct Officer</translation>
    </message>
    <message>
        <source>Indirect Resource</source>
        <translation>Indirect Resource</translation>
    </message>
    <message>
        <source>Direct Resource</source>
        <translation>Direct Resource</translation>
    </message>
</context>
<context>
    <name>TwelveStage</name>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Bath</source>
        <translation>Bath</translation>
    </message>
    <message>
        <source>Cap and Belt</source>
        <translation>Cap and Belt</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Sickness</source>
        <translation>Sickness</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Tomb</source>
        <translation>Tomb</translation>
    </message>
    <message>
        <source>Severance</source>
        <translation>Severance</translation>
    </message>
    <message>
        <source>Conception</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurture</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Four pillars, daily fortune and LLM chat.</source>
        <translation>Four pillars, daily fortune and LLM chat.</translation>
    </message>
    <message>
        <source>Start in demo mode: a built-in local server answers, no API keys needed.</source>
        <translation>Start in demo mode: a built-in local server answers, no API keys needed.</translation>
    </message>
    <message>
        <source>RunYour AI base URL (default %1).</source>
        <translation>RunYour AI base URL (default %1).</translation>
    </message>
    <message>
        <source>Saju API base URL (default %1).</source>
        <translation>Saju API base URL (default %1).</translation>
    </message>
    <message>
        <source>User interface language (ko or en); the choice is remembered.</source>
        <translation>User interface language (ko or en); the choice is remembered.</translation>
    </message>
    <message>
        <source>Log each network request and other details on standard error.</source>
        <translation>Log each network request and other details on standard error.</translation>
    </message>
</context>
<context>
    <name>sajudesk::AboutDialog</name>
    <message>
        <source>Copied. Paste it into your support request; it contains no API keys.</source>
        <translation>Copied. Paste it into your support request; it contains no API keys.</translation>
    </message>
    <message>
        <source>About SajuDesk</source>
        <translation>About SajuDesk</translation>
    </message>
    <message>
        <source>SajuDesk %1</source>
        <translation>SajuDesk %1</translation>
    </message>
    <message>
        <source>Four pillars (사주팔자), daily fortune and AI chat in one desktop app, in Korean and English.</source>
        <translation>Four pillars (사주팔자), daily fortune and AI chat in one desktop app, in Korean and English.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Build date:</source>
        <translation>Build date:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Window system:</source>
        <translation>Window system:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Cache folder:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API keys:</translation>
    </message>
    <message>
        <source>not recorded (built outside a git checkout)</source>
        <translation>not recorded (built outside a git checkout)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>in the system keychain (service “SajuDesk”), never in a file</source>
        <translation>in the system keychain (service “SajuDesk”), never in a file</translation>
    </message>
    <message>
        <source>SajuDesk is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>SajuDesk is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copy Details</translation>
    </message>
    <message>
        <source>Copy these details for a support request (labels in English, no API keys)</source>
        <translation>Copy these details for a support request (labels in English, no API keys)</translation>
    </message>
</context>
<context>
    <name>sajudesk::AppServices</name>
    <message>
        <source>%1: demo key</source>
        <translation>%1: demo key</translation>
    </message>
    <message>
        <source>%1: key rejected</source>
        <translation>%1: key rejected</translation>
    </message>
    <message>
        <source>%1: keychain</source>
        <translation>%1: keychain</translation>
    </message>
    <message>
        <source>%1: this session only</source>
        <translation>%1: this session only</translation>
    </message>
    <message>
        <source>%1: environment</source>
        <translation>%1: environment</translation>
    </message>
    <message>
        <source>%1: no key</source>
        <translation>%1: no key</translation>
    </message>
    <message>
        <source>Keychain unavailable — keys kept for this session only</source>
        <translation>Keychain unavailable — keys kept for this session only</translation>
    </message>
</context>
<context>
    <name>sajudesk::BirthForm</name>
    <message>
        <source>Lunar year %1 has a leap month after month %2 (윤%2월).</source>
        <translation>Lunar year %1 has a leap month after month %2 (윤%2월).</translation>
    </message>
    <message>
        <source>Lunar year %1 has no leap month.</source>
        <translation>Lunar year %1 has no leap month.</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Day and hour pillars use the local mean time here (UTC%1), %2 behind Korean standard time (135° E).</source>
        <translation>Day and hour pillars use the local mean time here (UTC%1), %2 behind Korean standard time (135° E).</translation>
    </message>
    <message>
        <source>Day and hour pillars use the local mean time here (UTC%1), %2 ahead of Korean standard time (135° E).</source>
        <translation>Day and hour pillars use the local mean time here (UTC%1), %2 ahead of Korean standard time (135° E).</translation>
    </message>
    <message>
        <source>Enter a name: the fortune is written for this person.</source>
        <translation>Enter a name: the fortune is written for this person.</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Calendar:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Birth &amp;date:</translation>
    </message>
    <message>
        <source>Birth &amp;time:</source>
        <translation>Birth &amp;time:</translation>
    </message>
    <message>
        <source>&amp;Birthplace:</source>
        <translation>&amp;Birthplace:</translation>
    </message>
    <message>
        <source>Longitud&amp;e:</source>
        <translation>Longitud&amp;e:</translation>
    </message>
    <message>
        <source>子 hour &amp;rule:</source>
        <translation>子 hour &amp;rule:</translation>
    </message>
    <message>
        <source>Luck start age:</source>
        <translation>Luck start age:</translation>
    </message>
    <message>
        <source>e.g. 이서준</source>
        <translation>e.g. 이서준</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Gender decides the direction of the luck pillars (대운)</source>
        <translation>Gender decides the direction of the luck pillars (대운)</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>L&amp;unar</source>
        <translation>L&amp;unar</translation>
    </message>
    <message>
        <source>Leap &amp;month</source>
        <translation>Leap &amp;month</translation>
    </message>
    <message>
        <source>Only for a lunar year that has a leap month after this month</source>
        <translation>Only for a lunar year that has a leap month after this month</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Solar 1900–2100, lunar 1900–2050</source>
        <translation>Solar 1900–2100, lunar 1900–2050</translation>
    </message>
    <message>
        <source>Birth time</source>
        <translation>Birth time</translation>
    </message>
    <message>
        <source>The time written on the birth record (daylight saving time, if it was in force, included)</source>
        <translation>The time written on the birth record (daylight saving time, if it was in force, included)</translation>
    </message>
    <message>
        <source>Time un&amp;known</source>
        <translation>Time un&amp;known</translation>
    </message>
    <message>
        <source>Without the time there is no hour pillar (three pillars only)</source>
        <translation>Without the time there is no hour pillar (three pillars only)</translation>
    </message>
    <message>
        <source>Other place (enter the longitude)</source>
        <translation>Other place (enter the longitude)</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>Birthplace</translation>
    </message>
    <message>
        <source>Used for the local mean time of the day and hour pillars</source>
        <translation>Used for the local mean time of the day and hour pillars</translation>
    </message>
    <message>
        <source>Birthplace longitude, degrees east</source>
        <translation>Birthplace longitude, degrees east</translation>
    </message>
    <message>
        <source>子 hour rule</source>
        <translation>子 hour rule</translation>
    </message>
    <message>
        <source>Rounding of the luck start age (대운수)</source>
        <translation>Rounding of the luck start age (대운수)</translation>
    </message>
</context>
<context>
    <name>sajudesk::BoundaryView</name>
    <message numerus="yes">
        <source>The birth is %n second(s) before the solar term %1 begins (%2 Korean time).</source>
        <translation><numerusform>The birth is %n second before the solar term %1 begins (%2 Korean time).</numerusform><numerusform>The birth is %n seconds before the solar term %1 begins (%2 Korean time).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) after the solar term %1 begins (%2 Korean time).</source>
        <translation><numerusform>The birth is %n second after the solar term %1 begins (%2 Korean time).</numerusform><numerusform>The birth is %n seconds after the solar term %1 begins (%2 Korean time).</numerusform></translation>
    </message>
    <message>
        <source>A clock off by a minute or two changes the year or month pillar and the 대운, so both charts are shown.</source>
        <translation>A clock off by a minute or two changes the year or month pillar and the 대운, so both charts are shown.</translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) before the hour changes (%1, local mean time %2).</source>
        <translation><numerusform>The birth is %n second before the hour changes (%1, local mean time %2).</numerusform><numerusform>The birth is %n seconds before the hour changes (%1, local mean time %2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) after the hour changes (%1, local mean time %2).</source>
        <translation><numerusform>The birth is %n second after the hour changes (%1, local mean time %2).</numerusform><numerusform>The birth is %n seconds after the hour changes (%1, local mean time %2).</numerusform></translation>
    </message>
    <message>
        <source>A minute or two changes the hour pillar, so both charts are shown.</source>
        <translation>A minute or two changes the hour pillar, so both charts are shown.</translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) before the day changes at 00:00 local mean time.</source>
        <translation><numerusform>The birth is %n second before the day changes at 00:00 local mean time.</numerusform><numerusform>The birth is %n seconds before the day changes at 00:00 local mean time.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) after the day changes at 00:00 local mean time.</source>
        <translation><numerusform>The birth is %n second after the day changes at 00:00 local mean time.</numerusform><numerusform>The birth is %n seconds after the day changes at 00:00 local mean time.</numerusform></translation>
    </message>
    <message>
        <source>A minute or two changes the day pillar, so both charts are shown.</source>
        <translation>A minute or two changes the day pillar, so both charts are shown.</translation>
    </message>
    <message>
        <source>The birth time is unknown and the solar term %1 begins on this day at %2 Korean time: the year and month pillars depend on whether the birth was before it. Enter the birth time to decide.</source>
        <translation>The birth time is unknown and the solar term %1 begins on this day at %2 Korean time: the year and month pillars depend on whether the birth was before it. Enter the birth time to decide.</translation>
    </message>
    <message>
        <source>If born before %1 (shown above)</source>
        <translation>If born before %1 (shown above)</translation>
    </message>
    <message>
        <source>If born at or after %1 (shown above)</source>
        <translation>If born at or after %1 (shown above)</translation>
    </message>
    <message>
        <source>If born at or after %1</source>
        <translation>If born at or after %1</translation>
    </message>
    <message>
        <source>If born before %1</source>
        <translation>If born before %1</translation>
    </message>
    <message>
        <source>As entered (shown above)</source>
        <translation>As entered (shown above)</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>At %1</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChartView</name>
    <message>
        <source>Enter a valid birth date and the chart appears here.</source>
        <translation>Enter a valid birth date and the chart appears here.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>No name</translation>
    </message>
    <message>
        <source>solar %1</source>
        <translation>solar %1</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Birth time unknown: no hour pillar</source>
        <translation>Birth time unknown: no hour pillar</translation>
    </message>
    <message>
        <source>Day master</source>
        <translation>Day master</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Day master: %1 (%2), element %3</source>
        <translation>Day master: %1 (%2), element %3</translation>
    </message>
    <message>
        <source>Void (공망): %1 (%2)</source>
        <translation>Void (공망): %1 (%2)</translation>
    </message>
    <message>
        <source>Calculated for UTC %1 and local mean time %2 at %3.</source>
        <translation>Calculated for UTC %1 and local mean time %2 at %3.</translation>
    </message>
    <message>
        <source>Birth time unknown: year and month are read at 12:00 civil time (UTC %1); no hour pillar.</source>
        <translation>Birth time unknown: year and month are read at 12:00 civil time (UTC %1); no hour pillar.</translation>
    </message>
    <message>
        <source>This clock time never existed in Korea (clocks jumped forward for daylight saving or a time zone change); it was moved forward past the gap.</source>
        <translation>This clock time never existed in Korea (clocks jumped forward for daylight saving or a time zone change); it was moved forward past the gap.</translation>
    </message>
    <message>
        <source>This clock time happened twice in Korea (clocks were turned back); the earlier of the two was used.</source>
        <translation>This clock time happened twice in Korea (clocks were turned back); the earlier of the two was used.</translation>
    </message>
    <message>
        <source>Before 1908-04-01 Korean clocks kept Seoul local mean time; the time was read that way.</source>
        <translation>Before 1908-04-01 Korean clocks kept Seoul local mean time; the time was read that way.</translation>
    </message>
    <message>
        <source>Ten god</source>
        <translation>Ten god</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Hidden stems</source>
        <translation>Hidden stems</translation>
    </message>
    <message>
        <source>12 stages</source>
        <translation>12 stages</translation>
    </message>
    <message>
        <source>Five elements</source>
        <translation>Five elements</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Save this chart as text, JSON, an image or a PDF</source>
        <translation>Save this chart as text, JSON, an image or a PDF</translation>
    </message>
    <message>
        <source>Text (Hanja and Hangul)…</source>
        <translation>Text (Hanja and Hangul)…</translation>
    </message>
    <message>
        <source>JSON (chart and settings)…</source>
        <translation>JSON (chart and settings)…</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Print this chart</source>
        <translation>Print this chart</translation>
    </message>
    <message>
        <source>Four pillars</source>
        <translation>Four pillars</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatController</name>
    <message>
        <source>The chat service is not available.</source>
        <translation>The chat service is not available.</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatDefaultsPage</name>
    <message>
        <source>New conversations start with these settings; each conversation can change its own above the transcript. The model is the one chosen in the toolbar.</source>
        <translation>New conversations start with these settings; each conversation can change its own above the transcript. The model is the one chosen in the toolbar.</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>System prompt:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperature:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>Max tokens:</translation>
    </message>
    <message>
        <source>Stream answers as they are written</source>
        <translation>Stream answers as they are written</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatInput</name>
    <message>
        <source>Send with Ctrl+Enter (Enter adds a line)</source>
        <translation>Send with Ctrl+Enter (Enter adds a line)</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatPane</name>
    <message>
        <source>Ask anything… (Ctrl+Enter to send)</source>
        <translation>Ask anything… (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>The conversation could not be deleted: %1</translation>
    </message>
    <message>
        <source>Chat needs a RunYour AI key. Your text is kept.</source>
        <translation>Chat needs a RunYour AI key. Your text is kept.</translation>
    </message>
    <message>
        <source>The answer was interrupted: %1</source>
        <translation>The answer was interrupted: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is back in the input box.</source>
        <translation>Not sent: %1 Your text is back in the input box.</translation>
    </message>
    <message>
        <source>Stopped before an answer arrived. Your text is back in the input box.</source>
        <translation>Stopped before an answer arrived. Your text is back in the input box.</translation>
    </message>
    <message>
        <source>Stopped. The partial answer is kept.</source>
        <translation>Stopped. The partial answer is kept.</translation>
    </message>
    <message>
        <source>Chat is not connected to any service.</source>
        <translation>Chat is not connected to any service.</translation>
    </message>
    <message>
        <source>Chat needs a RunYour AI API key (runyour-v1-…). Add it in Settings › API Keys, or try demo mode with sample answers.</source>
        <translation>Chat needs a RunYour AI API key (runyour-v1-…). Add it in Settings › API Keys, or try demo mode with sample answers.</translation>
    </message>
    <message>
        <source>RunYour AI rejected the key. Enter a new key in Settings › API Keys.</source>
        <translation>RunYour AI rejected the key. Enter a new key in Settings › API Keys.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Stop the answer (Esc)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ask for this answer again</source>
        <translation>Ask for this answer again</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Waiting for the answer</translation>
    </message>
    <message>
        <source>Edit and Resend</source>
        <translation>Edit and Resend</translation>
    </message>
    <message>
        <source>Sending the edited message removes the messages after it. Continue?</source>
        <translation>Sending the edited message removes the messages after it. Continue?</translation>
    </message>
    <message>
        <source>Stopped. The answer is as it was.</source>
        <translation>Stopped. The answer is as it was.</translation>
    </message>
    <message>
        <source>No new answer: %1 The earlier answer is unchanged.</source>
        <translation>No new answer: %1 The earlier answer is unchanged.</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Message deleted.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter adds a line · right-click the box to change</source>
        <translation>Ctrl+Enter sends · Enter adds a line · right-click the box to change</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter adds a line · right-click the box to change</source>
        <translation>Enter sends · Shift+Enter adds a line · right-click the box to change</translation>
    </message>
    <message>
        <source>Ask anything… (Enter to send)</source>
        <translation>Ask anything… (Enter to send)</translation>
    </message>
    <message>
        <source>Send the message (%1)</source>
        <translation>Send the message (%1)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the answer stopped</source>
        <translation>Ask the model to go on from where the answer stopped</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Editing a message: sending replaces it and the answers after it.</source>
        <translation>Editing a message: sending replaces it and the answers after it.</translation>
    </message>
    <message>
        <source>Cancel Edit</source>
        <translation>Cancel Edit</translation>
    </message>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk and can only be read here. Start a new conversation to continue.</source>
        <translation>This conversation was saved by a newer version of SajuDesk and can only be read here. Start a new conversation to continue.</translation>
    </message>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk and can only be read here.</source>
        <translation>This conversation was saved by a newer version of SajuDesk and can only be read here.</translation>
    </message>
    <message>
        <source>Saved: the conversation is on disk again.</source>
        <translation>Saved: the conversation is on disk again.</translation>
    </message>
    <message>
        <source>Open it with the newer SajuDesk to continue it; this version only shows it.</source>
        <translation>Open it with the newer SajuDesk to continue it; this version only shows it.</translation>
    </message>
    <message>
        <source>Free some disk space, or check that the folder can be written to. SajuDesk saves the conversation again on its own.</source>
        <translation>Free some disk space, or check that the folder can be written to. SajuDesk saves the conversation again on its own.</translation>
    </message>
    <message>
        <source>Could not change the pin: %1</source>
        <translation>Could not change the pin: %1</translation>
    </message>
    <message>
        <source>A conversation that is answering cannot be deleted. Stop the answer first.</source>
        <translation>A conversation that is answering cannot be deleted. Stop the answer first.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Deleted “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversations</source>
        <translation><numerusform>Deleted %n conversation</numerusform><numerusform>Deleted %n conversations</numerusform></translation>
    </message>
    <message>
        <source>Some conversations could not be restored: %1</source>
        <translation>Some conversations could not be restored: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: send a message first.</source>
        <translation>There is nothing to export yet: send a message first.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation><numerusform>Exported %n conversation to %1.</numerusform><numerusform>Exported %n conversations to %1.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation><numerusform>Imported %n conversation.</numerusform><numerusform>Imported %n conversations.</numerusform></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
    <message>
        <source>Suggest Title asks the chat model, which needs a RunYour AI key. Add one in Settings.</source>
        <translation>Suggest Title asks the chat model, which needs a RunYour AI key. Add one in Settings.</translation>
    </message>
    <message>
        <source>Suggest Title needs a chat model. Pick one in the toolbar first.</source>
        <translation>Suggest Title needs a chat model. Pick one in the toolbar first.</translation>
    </message>
    <message>
        <source>There is nothing to name yet: send a message first.</source>
        <translation>There is nothing to name yet: send a message first.</translation>
    </message>
    <message>
        <source>Asking %1 for a title…</source>
        <translation>Asking %1 for a title…</translation>
    </message>
    <message>
        <source>The model gave no usable title. Try again, or rename it yourself (F2).</source>
        <translation>The model gave no usable title. Try again, or rename it yourself (F2).</translation>
    </message>
    <message>
        <source>The title could not be saved: %1</source>
        <translation>The title could not be saved: %1</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <translation>New title: %1</translation>
    </message>
    <message>
        <source>No title suggested: %1</source>
        <translation>No title suggested: %1</translation>
    </message>
    <message>
        <source>Reading your API key…</source>
        <translation>Reading your API key…</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationLibrary</name>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk; it can be read here but not changed.</source>
        <translation>This conversation was saved by a newer version of SajuDesk; it can be read here but not changed.</translation>
    </message>
    <message>
        <source>The conversation no longer exists or could not be read.</source>
        <translation>The conversation no longer exists or could not be read.</translation>
    </message>
    <message>
        <source>There is nothing to export: the conversations could not be read.</source>
        <translation>There is nothing to export: the conversations could not be read.</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationList</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Start a new conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Export Conversations</source>
        <translation>Export Conversations</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>Import Conversations</translation>
    </message>
    <message>
        <source>Conversations (*.json);;All files (*)</source>
        <translation>Conversations (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Search titles and messages (Ctrl+F); Esc clears</source>
        <translation>Search titles and messages (Ctrl+F); Esc clears</translation>
    </message>
    <message>
        <source>Delete the selected conversations (Delete); Undo brings them back</source>
        <translation>Delete the selected conversations (Delete); Undo brings them back</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Rename	F2</translation>
    </message>
    <message>
        <source>Suggest Title</source>
        <translation>Suggest Title</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Export as Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Export as JSON…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>Delete	Del</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationSettingsBar</name>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>no model yet</source>
        <translation>no model yet</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>system prompt</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>temperature %1</translation>
    </message>
    <message>
        <source>temperature: default</source>
        <translation>temperature: default</translation>
    </message>
    <message>
        <source>max %1 tokens</source>
        <translation>max %1 tokens</translation>
    </message>
    <message>
        <source>max tokens: default</source>
        <translation>max tokens: default</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>streaming</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>not streaming</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Save as Preset</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Conversation settings</translation>
    </message>
    <message>
        <source>System prompt, temperature, max tokens and streaming of this conversation</source>
        <translation>System prompt, temperature, max tokens and streaming of this conversation</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>System prompt:</translation>
    </message>
    <message>
        <source>Instructions sent before every message of this conversation (optional)</source>
        <translation>Instructions sent before every message of this conversation (optional)</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Save as Preset…</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Delete Preset</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperature:</translation>
    </message>
    <message>
        <source>0 = focused, 2 = most varied. Default: the model's own setting.</source>
        <translation>0 = focused, 2 = most varied. Default: the model's own setting.</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>Max tokens:</translation>
    </message>
    <message>
        <source>Longest answer, in tokens. Default: the model's own limit.</source>
        <translation>Longest answer, in tokens. Default: the model's own limit.</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Show the answer as it is written</source>
        <translation>Show the answer as it is written</translation>
    </message>
    <message>
        <source>Model of this conversation: click to choose another</source>
        <translation>Model of this conversation: click to choose another</translation>
    </message>
    <message>
        <source>Conversation model</source>
        <translation>Conversation model</translation>
    </message>
</context>
<context>
    <name>sajudesk::ElementBars</name>
    <message>
        <source>Five elements</source>
        <translation>Five elements</translation>
    </message>
</context>
<context>
    <name>sajudesk::ErrorPanel</name>
    <message>
        <source>SajuDesk</source>
        <translation>SajuDesk</translation>
    </message>
    <message>
        <source>Copied. Paste it into your support ticket — it contains no API keys.</source>
        <translation>Copied. Paste it into your support ticket — it contains no API keys.</translation>
    </message>
    <message>
        <source>Copy for Support</source>
        <translation>Copy for Support</translation>
    </message>
    <message>
        <source>Copy a report of the selected problem without any API key</source>
        <translation>Copy a report of the selected problem without any API key</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Retry after</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Problem details</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no API keys.</source>
        <translation>Report saved to %1. It contains no API keys.</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is %1</source>
        <translation>No web browser could be opened. The address is %1</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Save Report…</translation>
    </message>
    <message>
        <source>Save a report of the selected problem to a file, without any API key</source>
        <translation>Save a report of the selected problem to a file, without any API key</translation>
    </message>
    <message>
        <source>Open API Keys…</source>
        <translation>Open API Keys…</translation>
    </message>
    <message>
        <source>Open Saju API Dashboard</source>
        <translation>Open Saju API Dashboard</translation>
    </message>
    <message>
        <source>Open RunYour Credit Guide</source>
        <translation>Open RunYour Credit Guide</translation>
    </message>
    <message>
        <source>Switch Model</source>
        <translation>Switch Model</translation>
    </message>
    <message>
        <source>Go to Field</source>
        <translation>Go to Field</translation>
    </message>
    <message>
        <source>Open Status Page</source>
        <translation>Open Status Page</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1 (server: %2)</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Server message</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Server code</source>
        <translation>Server code</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>none sent</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation><numerusform>%n time</numerusform><numerusform>%n times</numerusform></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
</context>
<context>
    <name>sajudesk::FortuneControls</name>
    <message>
        <source>Correct the birth data above to get a fortune.</source>
        <translation>Correct the birth data above to get a fortune.</translation>
    </message>
    <message>
        <source>Enter a name to get a fortune: it is written for that person.</source>
        <translation>Enter a name to get a fortune: it is written for that person.</translation>
    </message>
    <message>
        <source>Daily Fortune</source>
        <translation>Daily Fortune</translation>
    </message>
    <message>
        <source>Fortune d&amp;ate:</source>
        <translation>Fortune d&amp;ate:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Fortune date</source>
        <translation>Fortune date</translation>
    </message>
    <message>
        <source>The day the fortune is for (Korean date)</source>
        <translation>The day the fortune is for (Korean date)</translation>
    </message>
    <message>
        <source>Fortune &amp;only (cheaper)</source>
        <translation>Fortune &amp;only (cheaper)</translation>
    </message>
    <message>
        <source>Ask only for today's fortune, without character and tendency</source>
        <translation>Ask only for today's fortune, without character and tendency</translation>
    </message>
    <message>
        <source>&amp;Get Fortune</source>
        <translation>&amp;Get Fortune</translation>
    </message>
    <message>
        <source>Ask the Saju API for the daily fortune of this saju</source>
        <translation>Ask the Saju API for the daily fortune of this saju</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discuss in &amp;Chat</source>
        <translation>Discuss in &amp;Chat</translation>
    </message>
    <message>
        <source>Start a chat conversation about this saju and its fortune</source>
        <translation>Start a chat conversation about this saju and its fortune</translation>
    </message>
</context>
<context>
    <name>sajudesk::FortuneView</name>
    <message>
        <source>The daily fortune service is not connected. The saju chart works without the internet.</source>
        <translation>The daily fortune service is not connected. The saju chart works without the internet.</translation>
    </message>
    <message>
        <source>The daily fortune needs a Saju API key (bs_live_… or bs_test_…). The saju chart works without one.</source>
        <translation>The daily fortune needs a Saju API key (bs_live_… or bs_test_…). The saju chart works without one.</translation>
    </message>
    <message>
        <source>The Saju API rejected the key. Enter a new key in Settings › API Keys.</source>
        <translation>The Saju API rejected the key. Enter a new key in Settings › API Keys.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>model %1</translation>
    </message>
    <message>
        <source>from the service's cache</source>
        <translation>from the service's cache</translation>
    </message>
    <message>
        <source>cost $%1</source>
        <translation>cost $%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>computed with: %1, %2, %3, SajuDesk %4</source>
        <translation>computed with: %1, %2, %3, SajuDesk %4</translation>
    </message>
    <message>
        <source>daylight saving time removed</source>
        <translation>daylight saving time removed</translation>
    </message>
    <message>
        <source>no daylight saving time</source>
        <translation>no daylight saving time</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cancelled. The parts received are kept.</source>
        <translation>Cancelled. The parts received are kept.</translation>
    </message>
    <message>
        <source>No fortune: %1</source>
        <translation>No fortune: %1</translation>
    </message>
    <message>
        <source>The fortune is incomplete: %1</source>
        <translation>The fortune is incomplete: %1</translation>
    </message>
    <message>
        <source>The service answered, but the answer had no fortune in it.</source>
        <translation>The service answered, but the answer had no fortune in it.</translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation>Risk tolerance</translation>
    </message>
    <message>
        <source>Long-term aptitude</source>
        <translation>Long-term aptitude</translation>
    </message>
    <message>
        <source>Trend sensitivity</source>
        <translation>Trend sensitivity</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weakness: %1</source>
        <translation>Weakness: %1</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Caution: %1</translation>
    </message>
    <message>
        <source>Things to do today</source>
        <translation>Things to do today</translation>
    </message>
    <message>
        <source>Lacking element: %1</source>
        <translation>Lacking element: %1</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>Investment Tendency</source>
        <translation>Investment Tendency</translation>
    </message>
    <message>
        <source>Today's Fortune</source>
        <translation>Today's Fortune</translation>
    </message>
    <message>
        <source>More from the service</source>
        <translation>More from the service</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ask the Saju API again for this fortune (a new, billed request)</source>
        <translation>Ask the Saju API again for this fortune (a new, billed request)</translation>
    </message>
    <message>
        <source>Fortune text</source>
        <translation>Fortune text</translation>
    </message>
    <message>
        <source>Waiting for the fortune</source>
        <translation>Waiting for the fortune</translation>
    </message>
    <message>
        <source>Fill in the birth data and a name, then choose Get Fortune.</source>
        <translation>Fill in the birth data and a name, then choose Get Fortune.</translation>
    </message>
</context>
<context>
    <name>sajudesk::GlyphTile</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>sajudesk::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About SajuDesk</source>
        <translation>&amp;About SajuDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>sajudesk::HelpDialog</name>
    <message>
        <source>This part of the guide is missing: %1</source>
        <translation>This part of the guide is missing: %1</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is %1</source>
        <translation>No web browser could be opened. The address is %1</translation>
    </message>
    <message>
        <source>“%1” is not in the guide.</source>
        <translation>“%1” is not in the guide.</translation>
    </message>
    <message>
        <source>SajuDesk User Guide</source>
        <translation>SajuDesk User Guide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>Find in the guide (%1)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Find in the guide</translation>
    </message>
</context>
<context>
    <name>sajudesk::KeyNotice</name>
    <message>
        <source>Open API Keys…</source>
        <translation>Open API Keys…</translation>
    </message>
    <message>
        <source>Settings › API Keys</source>
        <translation>Settings › API Keys</translation>
    </message>
    <message>
        <source>Try Demo Mode</source>
        <translation>Try Demo Mode</translation>
    </message>
    <message>
        <source>Use a built-in offline server with sample answers; no key needed</source>
        <translation>Use a built-in offline server with sample answers; no key needed</translation>
    </message>
</context>
<context>
    <name>sajudesk::KeyboardPath</name>
    <message>
        <source>Choose the Chat &amp;Model</source>
        <translation>Choose the Chat &amp;Model</translation>
    </message>
    <message>
        <source>Copy the Latest Problem for &amp;Support</source>
        <translation>Copy the Latest Problem for &amp;Support</translation>
    </message>
    <message>
        <source>There is no problem to copy.</source>
        <translation>There is no problem to copy.</translation>
    </message>
    <message>
        <source>The report of the latest problem is on the clipboard.</source>
        <translation>The report of the latest problem is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>sajudesk::KeysPage</name>
    <message>
        <source>SajuDesk keeps your API keys in the system keychain. They are never written to settings files or logs.</source>
        <translation>SajuDesk keeps your API keys in the system keychain. They are never written to settings files or logs.</translation>
    </message>
    <message>
        <source>Working with the keychain</source>
        <translation>Working with the keychain</translation>
    </message>
    <message>
        <source>New %1 key</source>
        <translation>New %1 key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the typed key</source>
        <translation>Show or hide the typed key</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Test key</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>New key:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Save this key anyway?</source>
        <translation>Save this key anyway?</translation>
    </message>
    <message>
        <source>Unusual key format</source>
        <translation>Unusual key format</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Remove key</translation>
    </message>
    <message>
        <source>Remove the %1 key? SajuDesk stops using it and deletes it from the system keychain.</source>
        <translation>Remove the %1 key? SajuDesk stops using it and deletes it from the system keychain.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>There is no key to test. Type one above or save one first.</source>
        <translation>There is no key to test. Type one above or save one first.</translation>
    </message>
    <message>
        <source>Testing keys is not available here.</source>
        <translation>Testing keys is not available here.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Testing the key…</translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation>The key works: %1 accepted it.</translation>
    </message>
    <message>
        <source>The test request failed.</source>
        <translation>The test request failed.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test failed: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>No key saved.</translation>
    </message>
    <message>
        <source>Rejected by the server: enter a new key.</source>
        <translation>Rejected by the server: enter a new key.</translation>
    </message>
</context>
<context>
    <name>sajudesk::LuckStrip</name>
    <message>
        <source>Choose a gender in the form to see the luck pillars (대운): it decides their direction.</source>
        <translation>Choose a gender in the form to see the luck pillars (대운): it decides their direction.</translation>
    </message>
    <message>
        <source>No luck pillars (대운): the solar term they start from lies outside 1900–2100.</source>
        <translation>No luck pillars (대운): the solar term they start from lies outside 1900–2100.</translation>
    </message>
    <message>
        <source>Direction %1, start age (대운수) %2: the first begins %3 y %4 m %5 d after birth (%6).</source>
        <translation>Direction %1, start age (대운수) %2: the first begins %3 y %4 m %5 d after birth (%6).</translation>
    </message>
    <message>
        <source>Birth time unknown: measured from 12:00.</source>
        <translation>Birth time unknown: measured from 12:00.</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Age %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>From %1 (立春)</source>
        <translation>From %1 (立春)</translation>
    </message>
    <message>
        <source>Monthly luck (월운) of %1, each month from its solar term</source>
        <translation>Monthly luck (월운) of %1, each month from its solar term</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>From %1 (%2)</translation>
    </message>
    <message>
        <source>Luck pillars (대운), ten years each</source>
        <translation>Luck pillars (대운), ten years each</translation>
    </message>
    <message>
        <source>Yearly luck (세운): choose a year to see its months</source>
        <translation>Yearly luck (세운): choose a year to see its months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Show the yearly and monthly luck of the current year</source>
        <translation>Show the yearly and monthly luck of the current year</translation>
    </message>
</context>
<context>
    <name>sajudesk::MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Saju &amp;&amp; Fortune</source>
        <translation>Saju &amp;&amp; Fortune</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;New Chat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>API &amp;Keys…</source>
        <translation>API &amp;Keys…</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Saju &amp;&amp; Fortune</source>
        <translation>&amp;Saju &amp;&amp; Fortune</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>%1 rejected the key. Enter a new one in Settings › API Keys.</source>
        <translation>%1 rejected the key. Enter a new one in Settings › API Keys.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Demo mode — sample answers from a built-in server</source>
        <translation>Demo mode — sample answers from a built-in server</translation>
    </message>
    <message>
        <source>Saju API: %1 of %2 requests left</source>
        <translation>Saju API: %1 of %2 requests left</translation>
    </message>
    <message>
        <source>Saju API: %1 requests left</source>
        <translation>Saju API: %1 requests left</translation>
    </message>
    <message>
        <source>Keys cannot be set: the app started without its services.</source>
        <translation>Keys cannot be set: the app started without its services.</translation>
    </message>
    <message>
        <source>Demo mode could not start: no local port is free.</source>
        <translation>Demo mode could not start: no local port is free.</translation>
    </message>
    <message>
        <source>Try &amp;Demo Mode</source>
        <translation>Try &amp;Demo Mode</translation>
    </message>
    <message>
        <source>Use a built-in offline server with sample answers; no key needed</source>
        <translation>Use a built-in offline server with sample answers; no key needed</translation>
    </message>
    <message>
        <source>&amp;Reload Chat Models</source>
        <translation>&amp;Reload Chat Models</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>Unsaved Conversation</source>
        <translation>Unsaved Conversation</translation>
    </message>
    <message>
        <source>Some of the conversation could not be saved:
%1

If you quit now, the unsaved text is lost. SajuDesk keeps trying to save it while it stays open.</source>
        <translation>Some of the conversation could not be saved:
%1

If you quit now, the unsaved text is lost. SajuDesk keeps trying to save it while it stays open.</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>&amp;Quit Anyway</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Keep Open</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Search Conversations</translation>
    </message>
</context>
<context>
    <name>sajudesk::MessageActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copy as &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Edit and Resend…</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerate</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>&amp;Previous Version</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>&amp;Next Version</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>sajudesk::MiniChart</name>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Differs between the two charts</source>
        <translation>Differs between the two charts</translation>
    </message>
    <message>
        <source>Luck pillars from age %1 (%2)</source>
        <translation>Luck pillars from age %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sajudesk::ModelPicker</name>
    <message>
        <source>Chat model:</source>
        <translation>Chat model:</translation>
    </message>
    <message>
        <source>Fortune model:</source>
        <translation>Fortune model:</translation>
    </message>
    <message>
        <source>RunYour AI model used for chat</source>
        <translation>RunYour AI model used for chat</translation>
    </message>
    <message>
        <source>Saju API model used for daily fortunes</source>
        <translation>Saju API model used for daily fortunes</translation>
    </message>
    <message>
        <source>No models loaded</source>
        <translation>No models loaded</translation>
    </message>
    <message>
        <source>Loading models… retrying in %1 s (attempt %2)</source>
        <translation>Loading models… retrying in %1 s (attempt %2)</translation>
    </message>
    <message>
        <source>Reload the chat model list</source>
        <translation>Reload the chat model list</translation>
    </message>
    <message>
        <source>Reload models</source>
        <translation>Reload models</translation>
    </message>
    <message>
        <source>Chat model</source>
        <translation>Chat model</translation>
    </message>
    <message>
        <source>Fortune model</source>
        <translation>Fortune model</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation>%1 (not listed)</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Choose a model</translation>
    </message>
    <message>
        <source>haiku — about 2 s · $0.013 per call</source>
        <translation>haiku — about 2 s · $0.013 per call</translation>
    </message>
    <message>
        <source>sonnet — about 5 s · price not published</source>
        <translation>sonnet — about 5 s · price not published</translation>
    </message>
    <message>
        <source>gpt4o — speed and price not published</source>
        <translation>gpt4o — speed and price not published</translation>
    </message>
</context>
<context>
    <name>sajudesk::ModelPickerPopup</name>
    <message>
        <source>Recently used</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>No models are listed. Type a model id above.</source>
        <translation>No models are listed. Type a model id above.</translation>
    </message>
    <message>
        <source>No model contains “%1”.</source>
        <translation>No model contains “%1”.</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Use “%1”</translation>
    </message>
    <message>
        <source>Type a model id first.</source>
        <translation>Type a model id first.</translation>
    </message>
    <message>
        <source>A model id has no spaces.</source>
        <translation>A model id has no spaces.</translation>
    </message>
    <message>
        <source>RunYour AI needs “provider/model”, for example “openai/gpt-5.2”.</source>
        <translation>RunYour AI needs “provider/model”, for example “openai/gpt-5.2”.</translation>
    </message>
    <message>
        <source>Search models or type an id…</source>
        <translation>Search models or type an id…</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Search models</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
</context>
<context>
    <name>sajudesk::ProfileList</name>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Saved the profile “%1”.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”. The form keeps its values; Save brings it back.</source>
        <translation>Deleted the profile “%1”. The form keeps its values; Save brings it back.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>The profile could not be deleted: %1</translation>
    </message>
    <message>
        <source>Enter a name to save this profile.</source>
        <translation>Enter a name to save this profile.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Saved profile</translation>
    </message>
    <message>
        <source>Choose a saved profile, or New profile for an empty form</source>
        <translation>Choose a saved profile, or New profile for an empty form</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save this person's birth data as a profile</source>
        <translation>Save this person's birth data as a profile</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Delete the selected profile</translation>
    </message>
</context>
<context>
    <name>sajudesk::RetryBanner</name>
    <message>
        <source>Retry Now</source>
        <translation>Retry Now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Rate limited</translation>
    </message>
    <message>
        <source>The server took too long</source>
        <translation>The server took too long</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Network problem</translation>
    </message>
    <message>
        <source>Server error %1</source>
        <translation>Server error %1</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Request failed</translation>
    </message>
    <message>
        <source>attempt %1/%2</source>
        <translation>attempt %1/%2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>attempt %1</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (%3)</source>
        <translation>%1 — retrying in %2 s (%3)</translation>
    </message>
</context>
<context>
    <name>sajudesk::SajuPane</name>
    <message>
        <source>Add a Saju API key to get the daily fortune.</source>
        <translation>Add a Saju API key to get the daily fortune.</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>Saju %1</source>
        <translation>Saju %1</translation>
    </message>
    <message>
        <source>Saju of %1</source>
        <translation>Saju of %1</translation>
    </message>
    <message>
        <source>Please explain my four pillars and today's fortune.</source>
        <translation>Please explain my four pillars and today's fortune.</translation>
    </message>
    <message>
        <source>Please explain these four pillars.</source>
        <translation>Please explain these four pillars.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Print Chart</translation>
    </message>
    <message>
        <source>Saju Chart</source>
        <translation>Saju Chart</translation>
    </message>
    <message>
        <source>Daily Fortune</source>
        <translation>Daily Fortune</translation>
    </message>
</context>
<context>
    <name>sajudesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API keys</translation>
    </message>
    <message>
        <source>Chat defaults</source>
        <translation>Chat defaults</translation>
    </message>
</context>
<context>
    <name>sajudesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keys that work in the SajuDesk window. Menu keys work everywhere in it; the others where the list says.</source>
        <translation>Keys that work in the SajuDesk window. Menu keys work everywhere in it; the others where the list says.</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Filter by name or key</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filter shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>sajudesk::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>Cannot lock the data folder %1.</translation>
    </message>
    <message>
        <source>SajuDesk is already running (process %1) but does not respond. Close it, or end that process, and start SajuDesk again.</source>
        <translation>SajuDesk is already running (process %1) but does not respond. Close it, or end that process, and start SajuDesk again.</translation>
    </message>
</context>
<context>
    <name>sajudesk::TraceView</name>
    <message>
        <source>How this was calculated</source>
        <translation>How this was calculated</translation>
    </message>
    <message>
        <source>Every correction from the clock time you entered to the four pillars</source>
        <translation>Every correction from the clock time you entered to the four pillars</translation>
    </message>
</context>
<context>
    <name>sajudesk::TranscriptView</name>
    <message numerus="yes">
        <source>%n new message(s) — jump to latest</source>
        <translation><numerusform>%n new message — jump to latest</numerusform><numerusform>%n new messages — jump to latest</numerusform></translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Jump to latest</translation>
    </message>
    <message>
        <source>Scroll to the end and follow new text (End)</source>
        <translation>Scroll to the end and follow new text (End)</translation>
    </message>
    <message>
        <source>Copy Selection</source>
        <translation>Copy Selection</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>Open Link in Browser</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Copy Link Address</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Copy Code</translation>
    </message>
    <message>
        <source>Hide Thinking</source>
        <translation>Hide Thinking</translation>
    </message>
    <message>
        <source>Show Thinking</source>
        <translation>Show Thinking</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <source>Type a message below and press Enter to send it.</source>
        <translation>Type a message below and press Enter to send it.</translation>
    </message>
</context>
</TS>
