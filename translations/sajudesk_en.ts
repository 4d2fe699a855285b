<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>No Saju API key was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your Saju API key in Settings; it is sent in the X-API-Key header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API key is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the key in Settings: Saju API keys start with bs_live_ or bs_test_.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API key has been revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new key in the Saju API dashboard and enter it in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API key has been suspended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact Saju API support about the suspension.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a bug in the app; please report it with the diagnostics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A required value is missing from the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the missing value and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value in the request has the wrong format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The four pillars sent to the server are not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the birth date and time, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected fortune model is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose haiku, sonnet or gpt4o.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the entered values and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests to the Saju API in a short time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait a minute before trying again; the app retries automatically when it can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily request quota of your Saju API plan is used up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the daily quota to reset or upgrade your plan in the Saju API dashboard. The app does not retry this automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The monthly spending limit of your Saju API account has been reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise the spending limit in the Saju API dashboard or wait for next month. The app does not retry this automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact support and quote the request ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AI model behind the service failed to answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a moment, or choose a different model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a few minutes. The Saju API status page is status.sajuapi.dev.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the API key in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key is not allowed to do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a key with the needed permission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shorten the input and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RunYour AI did not accept the API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the key in Settings: it starts with runyour-v1- and is sent as 'Authorization: Bearer &lt;key&gt;'. Make sure the key is still active in the RunYour console and that your account still belongs to a group; leaving a group deletes its keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API key lacks the permission for this request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a key with the fortune:read, saju:calculate or stream:read permission as needed, or turn off streaming.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the key's permissions in the provider's console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the entered values and the selected model, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected model is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a model from the refreshed list; model IDs look like provider/model, e.g. openai/gpt-5.2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server address in Settings; if it is correct, please report this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests in a short time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait a moment; the app retries automatically with increasing pauses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API account cannot pay for this request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the plan and billing in the Saju API dashboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your RunYour AI credits are used up, so no answer was generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top up the group's credits in the RunYour console (or ask your group administrator), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server had a temporary problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, copy the diagnostics for support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check your internet connection and proxy settings, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service may be down, or a firewall or proxy is blocking it. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's address could not be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check your internet connection and the server address in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request took too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again; a faster model or a shorter request may help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the system date and time and any proxy that inspects HTTPS traffic. The app never ignores certificate errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent a response the app cannot read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again later; if it persists, copy the diagnostics for support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partial answer was kept. Ask again to get a full answer; this is a new, separately billed request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If this keeps happening, copy the diagnostics for support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Field: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no HTTP status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server returned an empty error response (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server returned an error without a description (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server returned an unreadable error page (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It begins: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server stopped sending data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server reported an error while streaming the answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>RunYour AI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju API</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>sajudesk-cli: could not start the demo server on 127.0.0.1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sajudesk-cli: --%1 needs an http(s) URL, got "%2".
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3/%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character (성격)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tendency (투자 성향)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's fortune (오늘의 운세)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four pillars: %1  (%2)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: the key may not stream (403); using the non-streaming endpoint instead
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CmdKey</name>
    <message>
        <source>Paste the %1 key and press Enter (input is hidden): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sajudesk-cli key: unknown service; use 'runyour' or 'saju'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1 is set and takes precedence over the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sajudesk-cli key set does not take the key as an argument: it would stay in your shell history and be visible to other processes. Run 'sajudesk-cli key set runyour' and paste the key at the hidden prompt, or pipe it in (for example from a password manager). Consider removing the key from your shell history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sajudesk-cli key set runyour|saju   (the key is read from stdin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input is far longer than any API key; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved. If this key is right, run the command again with --force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain unavailable: %1. The key was NOT saved. For this shell only, you can provide it through %2 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the %1 key %2 in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sajudesk-cli key remove runyour|saju</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain unavailable: %1. The %2 key was NOT removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed the %1 key from the system keychain (if it was there).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sajudesk-cli key status [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain: available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain: unavailable (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store, inspect or remove the RunYour AI and Saju API keys in the OS keychain.
  set runyour|saju   read the key from stdin (hidden when typed; never as an argument)
  status             where each key comes from, masked
  remove runyour|saju</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set, status or remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>runyour or saju</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: accept a RunYour key without the runyour-v1- prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status: print JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sajudesk-cli key: unknown option. Run 'sajudesk-cli key --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sajudesk-cli key set|status|remove … (see 'sajudesk-cli key --help')</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>%1 is not a SajuDesk conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation has an invalid id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server redirected the request to %1; redirects to another host are not followed so the API key stays with the service.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a SajuDesk file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>Enter a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is far longer than any API key. Paste only the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key contains spaces or line breaks inside it. Copy the key again in one piece.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key contains control characters. Copy the key again from the vendor's console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key contains characters that API keys never have (only English letters, digits, '-' and '_'). Check that you pasted the key and not other text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the prefix was pasted. Copy the whole key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RunYour AI keys start with "runyour-v1-"; this one does not. Check that you copied the whole key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju API keys start with "bs_live_" or "bs_test_".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a test key: the Saju API answers with mock data and does not bill it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts with runyour-v1-. Create it in the RunYour AI console under API keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts with bs_live_ (production) or bs_test_ (mock data, not billed). Create it in the Saju API dashboard.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <source>%1 is set but ignored: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key stored in the keychain is not usable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain unavailable: %1. Keys are kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— rejected by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 key was rejected; enter a new one in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the %1 key %2 in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 key %2 is used until SajuDesk quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is set and takes precedence over it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed the %1 key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 key is no longer used in this session, but the keychain could not be reached to delete it: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is still set and stays in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 key %2 worked earlier but is now rejected (HTTP 401). It may have been revoked or rotated, or removed together with its owner's group membership. Enter a new key; SajuDesk will not retry with this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 key %2 was rejected (HTTP 401). Check that the whole key was pasted, or create a new key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (QtKeychain error %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunYour</name>
    <message>
        <source>No model selected. Choose a model such as "openai/gpt-5.2" from the model list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model id "%1" has no provider prefix. RunYour AI needs "provider/model", for example "openai/gpt-5.2"; pick one from the model list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A message is too long (%1 characters; the limit is %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prompt is empty. Type a question first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temperature must be between 0 and 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The maximum number of tokens must be positive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The RunYour AI key does not start with "runyour-v1-"; it is sent as entered but will probably be rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No RunYour AI key is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your key in Settings (or set SAJUDESK_RUNYOUR_KEY for the command line).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SajuApi</name>
    <message>
        <source>The Saju API key does not start with "bs_live_" or "bs_test_"; it is sent as entered but will probably be rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Saju API key is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your key in Settings (or set SAJUDESK_SAJU_KEY for the command line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown fortune model "%1". Use haiku, sonnet or gpt4o.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a name for the fortune.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The four pillars are incomplete; calculate them from a birth date first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fortune date is not a valid date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SajuError</name>
    <message>
        <source>The birth date is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input is not valid UTF-8 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a birth date. Write YYYY-MM-DD or YYYY-MM-DD HH:MM, with L (lunar) or L! (leap lunar month) in front for a lunar date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist in the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid time of day (00:00 to 23:59).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is outside the supported range 1900-01-01 to 2100-12-31.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lunar date %1 is outside the Korean lunar table (1899-12-01 to 2050-11-18, solar 1900-01-01 to 2050-12-31).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lunar year has no leap month %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lunar month is shorter: %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a longitude between -180 and 180 degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown city "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API response has no pillars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API gives the same pillars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: local %2, API %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year pillar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month pillar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day pillar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour pillar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API's %1 is unreadable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Four pillars, daily fortune and LLM chat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start in demo mode: a built-in local server answers, no API keys needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RunYour AI base URL (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju API base URL (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language (ko or en); the choice is remembered.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::AppServices</name>
    <message>
        <source>%1: demo key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: key rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain unavailable — keys kept for this session only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::ChatPane</name>
    <message>
        <source>Ask anything… (Ctrl+Enter to send)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the conversation “%1”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat needs a RunYour AI key. Your text is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No chat model is selected yet. Pick one in the toolbar (or refresh the list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer was interrupted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1 Your text is back in the input box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped before an answer arrived. Your text is back in the input box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped. The partial answer is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat is not connected to any service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat needs a RunYour AI API key (runyour-v1-…). Add it in Settings › API Keys, or try demo mode with sample answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RunYour AI rejected the key. Enter a new key in Settings › API Keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for this answer again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter starts a new line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[Incomplete — stopped before the answer finished. Use Retry to ask again.]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[Incomplete — the connection ended before the answer finished. Use Retry to ask again.]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[Failed — no answer arrived.]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a message below and press Ctrl+Enter to send it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::ErrorPanel</name>
    <message>
        <source>SajuDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied. Paste it into your support ticket — it contains no API keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy for Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy a report of the selected problem without any API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry after</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::FortunePane</name>
    <message>
        <source>Wood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the birth date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the birth date as YYYY-MM-DD (for example 1992-08-26).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day master: %1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four pillars (year, month, day, hour): %1. %2. Five elements: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lunar date converted to the solar date %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth time unknown: three pillars only, no hour pillar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The solar term %1 (%2) begins on this day at %3 Korean time. Born before it: year %4, month %5. Born at or after it: year %6, month %7. Enter the birth time to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born within two minutes of the solar term %1 (%2, %3 Korean time): the exact minute decides the month. The other possibility is year %4, month %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This clock time never existed in Korea (clocks jumped forward for daylight saving or a time zone change); it was moved forward past the gap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This clock time happened twice in Korea (clocks were turned back); the earlier of the two was used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before 1908-04-01 Korean clocks kept Seoul local mean time; the time was read that way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day and hour use local mean time at %1° E (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily fortune is not connected to any service. The preview works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily fortune needs a Saju API key (bs_live_… or bs_test_…). The four-pillar preview works without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Saju API rejected the key. Enter a new key in Settings › API Keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a name: the fortune is written for that person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a Saju API key to get the daily fortune.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key may not stream; fetching the whole fortune at once instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service answered, but the answer had no fortune in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fortune is incomplete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fortune: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. The parts received are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long-term aptitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weakness: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caution: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Things to do today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lacking element: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cost $%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person: %1, born %2 (%3 calendar), birthplace longitude %4° E.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lunar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>solar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily fortune for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer the user's questions about this saju and fortune kindly and concretely, in the user's language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please explain these four pillars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please explain my four pillars and today's fortune.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a name to save this person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted “%1”. The form keeps its values; Save brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily Fortune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four Pillars (computed on this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth &amp;time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fortune d&amp;ate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this person's birth data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected saved person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 이서준</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is in the leap (intercalary) month of that lunar year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Solar or lunar date, 1900–2100 (lunar: 1900–2050)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Korean clock time as written on the birth record (daylight saving time included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without the time there is no hour pillar (three pillars only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other place (enter the longitude)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used for the local mean time of the day and hour pillars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthplace longitude, degrees east</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split 야자시/조자시 (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day changes at 23:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day changes at midnight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>子 hour rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;How a birth between 23:00 and 01:00 (the 子 hour) is counted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Split&lt;/b&gt;: the day changes at midnight, but 23:00–24:00 already uses the next day's 子 hour stem (야자시 / 조자시). Most Korean 만세력 apps do this.&lt;/p&gt;&lt;p&gt;&lt;b&gt;23:00&lt;/b&gt;: the whole day, and the 子 hour, changes at 23:00 (정자시).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Midnight&lt;/b&gt;: the day changes at midnight and 23:00–24:00 keeps today's stem.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fortune date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day the fortune is for (Korean date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fortune &amp;only (cheaper)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask only for today's fortune, without character and tendency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Get Fortune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the Saju API for the daily fortune of these four pillars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discuss in &amp;Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a chat conversation about these pillars and the fortune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investment Tendency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's Fortune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fortune text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four pillars preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the fortune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the birth data, then choose Get Fortune.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Birthplace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longitud&amp;e:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>子 hour &amp;rule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;unar date (음력)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leap &amp;month (윤달)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time un&amp;known</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::KeyNotice</name>
    <message>
        <source>Open API Keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings › API Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try Demo Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a built-in offline server with sample answers; no key needed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::KeysPage</name>
    <message>
        <source>SajuDesk keeps your API keys in the system keychain. They are never written to settings files or logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working with the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New %1 key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the typed key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this key anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unusual key format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the %1 key? SajuDesk stops using it and deletes it from the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no key to test. Type one above or save one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing keys is not available here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test request failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected by the server: enter a new key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::MainWindow</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju &amp;&amp; Fortune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;Keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Saju &amp;&amp; Fortune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About SajuDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About SajuDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;SajuDesk %1&lt;/h3&gt;&lt;p&gt;Four pillars, daily fortune and LLM chat.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Build date: %4&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rejected the key. Enter a new one in Settings › API Keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo mode — sample answers from a built-in server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju API: %1 of %2 requests left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju API: %1 requests left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys cannot be set: the app started without its services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo mode could not start: no local port is free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try &amp;Demo Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a built-in offline server with sample answers; no key needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload Chat Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::ModelPicker</name>
    <message>
        <source>Chat model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fortune model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RunYour AI model used for chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saju API model used for daily fortunes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No models loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>haiku — fast, cheapest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sonnet — higher quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gpt4o — GPT-4o</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading models…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading models… retrying in %1 s (attempt %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load models: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No RunYour AI key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service offers no models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload the chat model list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fortune model</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::RetryBanner</name>
    <message>
        <source>Retry Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server took too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server error %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attempt %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — retrying in %2 s (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sajudesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
