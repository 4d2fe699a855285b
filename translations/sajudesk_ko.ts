<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>RunYour AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saju API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>Enter a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is far longer than any API key. Paste only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks inside it. Copy the key again in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains control characters. Copy the key again from the vendor&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains characters that API keys never have (only English letters, digits, &apos;-&apos; and &apos;_&apos;). Check that you pasted the key and not other text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the prefix was pasted. Copy the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunYour AI keys start with &quot;runyour-v1-&quot;; this one does not. Check that you copied the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saju API keys start with &quot;bs_live_&quot; or &quot;bs_test_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test key: the Saju API answers with mock data and does not bill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with runyour-v1-. Create it in the RunYour AI console under API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with bs_live_ (production) or bs_test_ (mock data, not billed). Create it in the Saju API dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (QtKeychain error %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunYour</name>
    <message>
        <source>No model selected. Choose a model such as &quot;openai/gpt-5.2&quot; from the model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model id &quot;%1&quot; has no provider prefix. RunYour AI needs &quot;provider/model&quot;, for example &quot;openai/gpt-5.2&quot;; pick one from the model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message is too long (%1 characters; the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is empty. Type a question first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of tokens must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SajuError</name>
    <message>
        <source>The birth date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birth date. Write YYYY-MM-DD or YYYY-MM-DD HH:MM, with L (lunar) or L! (leap lunar month) in front for a lunar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid time of day (00:00 to 23:59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the supported range 1900-01-01 to 2100-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunar date %1 is outside the Korean lunar table (1899-12-01 to 2050-11-18, solar 1900-01-01 to 2050-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunar year has no leap month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunar month is shorter: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown city &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Four pillars, daily fortune and LLM chat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatPane</name>
    <message>
        <source>Ask anything… (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sajudesk::ErrorPanel</name>
    <message>
        <source>SajuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your support ticket — it contains no API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a report of the selected problem without any API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sajudesk::FortunePane</name>
    <message>
        <source>Birth details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sajudesk::MainWindow</name>
    <message>
        <source>SajuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saju &amp;&amp; Fortune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saju &amp;&amp; Fortune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SajuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SajuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SajuDesk %1&lt;/h3&gt;&lt;p&gt;Four pillars, daily fortune and LLM chat.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Build date: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sajudesk::ModelPicker</name>
    <message>
        <source>Chat model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortune model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunYour AI model used for chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saju API model used for daily fortunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haiku — fast, cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sonnet — higher quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt4o — GPT-4o</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
