<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiError</name>
    <message>
        <source>No Saju API key was sent.</source>
        <translation>Saju API 키가 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter your Saju API key in Settings; it is sent in the X-API-Key header.</source>
        <translation>설정에서 Saju API 키를 입력하세요. 키는 X-API-Key 헤더로 전송됩니다.</translation>
    </message>
    <message>
        <source>The Saju API key is not valid.</source>
        <translation>Saju API 키가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Check the key in Settings: Saju API keys start with bs_live_ or bs_test_.</source>
        <translation>설정에서 키를 확인하세요. Saju API 키는 bs_live_ 또는 bs_test_로 시작합니다.</translation>
    </message>
    <message>
        <source>The Saju API key has been revoked.</source>
        <translation>Saju API 키가 폐기되었습니다.</translation>
    </message>
    <message>
        <source>Create a new key in the Saju API dashboard and enter it in Settings.</source>
        <translation>Saju API 대시보드에서 새 키를 만들어 설정에 입력하세요.</translation>
    </message>
    <message>
        <source>The Saju API key has been suspended.</source>
        <translation>Saju API 키가 정지되었습니다.</translation>
    </message>
    <message>
        <source>Contact Saju API support about the suspension.</source>
        <translation>정지 사유는 Saju API 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>서버가 요청을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>This is a bug in the app; please report it with the diagnostics.</source>
        <translation>앱의 버그입니다. 진단 정보와 함께 신고해 주세요.</translation>
    </message>
    <message>
        <source>A required value is missing from the request.</source>
        <translation>요청에 필수 값이 빠져 있습니다.</translation>
    </message>
    <message>
        <source>Fill in the missing value and try again.</source>
        <translation>빠진 값을 입력하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A value in the request has the wrong format.</source>
        <translation>요청에 형식이 잘못된 값이 있습니다.</translation>
    </message>
    <message>
        <source>Correct the highlighted value and try again.</source>
        <translation>강조 표시된 값을 고치고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The four pillars sent to the server are not valid.</source>
        <translation>서버로 보낸 사주가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Check the birth date and time, then try again.</source>
        <translation>생년월일과 출생 시간을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The selected fortune model is not available.</source>
        <translation>선택한 운세 모델을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose haiku, sonnet or gpt4o.</source>
        <translation>haiku, sonnet, gpt4o 중에서 고르세요.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>날짜가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Use a date in the form YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD 형식의 날짜를 사용하세요.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>서버가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the entered values and try again.</source>
        <translation>입력한 값을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many requests to the Saju API in a short time.</source>
        <translation>짧은 시간에 Saju API로 보낸 요청이 너무 많습니다.</translation>
    </message>
    <message>
        <source>Wait a minute before trying again; the app retries automatically when it can.</source>
        <translation>1분 정도 기다린 후 다시 시도하세요. 가능하면 앱이 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The daily request quota of your Saju API plan is used up.</source>
        <translation>Saju API 요금제의 일일 요청 한도를 모두 사용했습니다.</translation>
    </message>
    <message>
        <source>Wait for the daily quota to reset or upgrade your plan in the Saju API dashboard. The app does not retry this automatically.</source>
        <translation>일일 한도가 초기화될 때까지 기다리거나 Saju API 대시보드에서 요금제를 업그레이드하세요. 이 경우 앱은 자동으로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>The monthly spending limit of your Saju API account has been reached.</source>
        <translation>Saju API 계정의 월 지출 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Raise the spending limit in the Saju API dashboard or wait for next month. The app does not retry this automatically.</source>
        <translation>Saju API 대시보드에서 지출 한도를 올리거나 다음 달까지 기다리세요. 이 경우 앱은 자동으로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>서버에 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact support and quote the request ID.</source>
        <translation>나중에 다시 시도하세요. 문제가 계속되면 요청 ID를 알려 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>The AI model behind the service failed to answer.</source>
        <translation>서비스의 AI 모델이 응답하지 못했습니다.</translation>
    </message>
    <message>
        <source>Try again in a moment, or choose a different model.</source>
        <translation>잠시 후 다시 시도하거나 다른 모델을 고르세요.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>서비스를 일시적으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. The Saju API status page is status.sajuapi.dev.</source>
        <translation>몇 분 후에 다시 시도하세요. Saju API 상태 페이지는 status.sajuapi.dev입니다.</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>API 키가 거부되었습니다.</translation>
    </message>
    <message>
        <source>Check the API key in Settings.</source>
        <translation>설정에서 API 키를 확인하세요.</translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation>서버가 요청에 포함된 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this.</source>
        <translation>이 API 키에는 이 작업을 할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Use a key with the needed permission.</source>
        <translation>필요한 권한이 있는 키를 사용하세요.</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>요청이 너무 커서 서버가 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Shorten the input and try again.</source>
        <translation>입력을 줄이고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>RunYour AI did not accept the API key.</source>
        <translation>RunYour AI가 API 키를 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the key in Settings: it starts with runyour-v1- and is sent as 'Authorization: Bearer &lt;key&gt;'. Make sure the key is still active in the RunYour console and that your account still belongs to a group; leaving a group deletes its keys.</source>
        <translation>설정에서 키를 확인하세요. 키는 runyour-v1-로 시작하며 'Authorization: Bearer &lt;key&gt;'로 전송됩니다. RunYour 콘솔에서 키가 아직 활성 상태인지, 계정이 아직 그룹에 속해 있는지 확인하세요. 그룹을 떠나면 그 그룹의 키가 삭제됩니다.</translation>
    </message>
    <message>
        <source>The Saju API key lacks the permission for this request.</source>
        <translation>Saju API 키에 이 요청에 필요한 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Use a key with the fortune:read, saju:calculate or stream:read permission as needed, or turn off streaming.</source>
        <translation>필요에 따라 fortune:read, saju:calculate 또는 stream:read 권한이 있는 키를 사용하거나 스트리밍을 끄세요.</translation>
    </message>
    <message>
        <source>Check the key's permissions in the provider's console.</source>
        <translation>제공자 콘솔에서 키의 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>Check the entered values and the selected model, then try again.</source>
        <translation>입력한 값과 선택한 모델을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The selected model is not available.</source>
        <translation>선택한 모델을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Pick a model from the refreshed list; model IDs look like provider/model, e.g. openai/gpt-5.2.</source>
        <translation>새로 고친 목록에서 모델을 고르세요. 모델 ID는 openai/gpt-5.2처럼 제공자/모델 형식입니다.</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>서버에 해당 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Check the server address in Settings; if it is correct, please report this.</source>
        <translation>설정에서 서버 주소를 확인하세요. 주소가 올바르다면 이 문제를 신고해 주세요.</translation>
    </message>
    <message>
        <source>Too many requests in a short time.</source>
        <translation>짧은 시간에 요청이 너무 많습니다.</translation>
    </message>
    <message>
        <source>Wait a moment; the app retries automatically with increasing pauses.</source>
        <translation>잠시 기다리세요. 앱이 간격을 점점 늘려 가며 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The Saju API account cannot pay for this request.</source>
        <translation>Saju API 계정으로 이 요청의 비용을 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the plan and billing in the Saju API dashboard.</source>
        <translation>Saju API 대시보드에서 요금제와 결제 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>Your RunYour AI credits are used up, so no answer was generated.</source>
        <translation>RunYour AI 크레딧을 모두 사용하여 답변이 생성되지 않았습니다.</translation>
    </message>
    <message>
        <source>Top up the group's credits in the RunYour console (or ask your group administrator), then try again.</source>
        <translation>RunYour 콘솔에서 그룹 크레딧을 충전한 후(또는 그룹 관리자에게 요청한 후) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server had a temporary problem.</source>
        <translation>서버에 일시적인 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, copy the diagnostics for support.</source>
        <translation>잠시 후 다시 시도하세요. 문제가 계속되면 지원용 진단 정보를 복사하세요.</translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation>네트워크 연결에 실패했습니다.</translation>
    </message>
    <message>
        <source>Check your internet connection and proxy settings, then try again.</source>
        <translation>인터넷 연결과 프록시 설정을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>서버가 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>The service may be down, or a firewall or proxy is blocking it. Try again later.</source>
        <translation>서비스가 중단되었거나 방화벽 또는 프록시가 차단하고 있을 수 있습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server's address could not be found.</source>
        <translation>서버 주소를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Check your internet connection and the server address in Settings.</source>
        <translation>인터넷 연결과 설정의 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>요청 처리 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Try again; a faster model or a shorter request may help.</source>
        <translation>다시 시도하세요. 더 빠른 모델을 쓰거나 요청을 짧게 하면 도움이 될 수 있습니다.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>서버와 보안 연결을 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the system date and time and any proxy that inspects HTTPS traffic. The app never ignores certificate errors.</source>
        <translation>시스템 날짜와 시간, 그리고 HTTPS 트래픽을 검사하는 프록시가 있는지 확인하세요. 앱은 인증서 오류를 절대 무시하지 않습니다.</translation>
    </message>
    <message>
        <source>The server sent a response the app cannot read.</source>
        <translation>서버가 앱에서 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, copy the diagnostics for support.</source>
        <translation>나중에 다시 시도하세요. 문제가 계속되면 지원용 진단 정보를 복사하세요.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>답변이 완료되기 전에 끊겼습니다.</translation>
    </message>
    <message>
        <source>The partial answer was kept. Ask again to get a full answer; this is a new, separately billed request.</source>
        <translation>받은 부분 답변은 보관했습니다. 전체 답변을 받으려면 다시 질문하세요. 이때는 요금이 별도로 청구되는 새 요청이 됩니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>준비되면 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>입력이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>서버에서 오류를 보고했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>If this keeps happening, copy the diagnostics for support.</source>
        <translation>문제가 계속되면 지원용 진단 정보를 복사하세요.</translation>
    </message>
    <message>
        <source>(Field: %1)</source>
        <translation>(필드: %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>HTTP 상태 없음</translation>
    </message>
    <message>
        <source>The server returned an empty error response (%1).</source>
        <translation>서버가 빈 오류 응답을 반환했습니다(%1).</translation>
    </message>
    <message>
        <source>The server returned an error without a description (%1).</source>
        <translation>서버가 설명 없이 오류를 반환했습니다(%1).</translation>
    </message>
    <message>
        <source>The server returned an unreadable error page (%1).</source>
        <translation>서버가 읽을 수 없는 오류 페이지를 반환했습니다(%1).</translation>
    </message>
    <message>
        <source>It begins: “%1”</source>
        <translation>시작 부분: “%1”</translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation>제시간에 서버에 연결하지 못했습니다.</translation>
    </message>
    <message>
        <source>The server stopped sending data.</source>
        <translation>서버가 데이터 전송을 멈췄습니다.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>답변이 완료되기 전에 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>The server reported an error while streaming the answer.</source>
        <translation>답변을 스트리밍하는 중에 서버가 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>The daily request limit for your RunYour AI key has been reached.</source>
        <translation>RunYour AI 키의 일일 요청 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Wait for the daily limit to reset, or ask your group administrator to raise it in the RunYour console. The app does not retry this automatically.</source>
        <translation>일일 한도가 초기화될 때까지 기다리거나, 그룹 관리자에게 RunYour 콘솔에서 한도를 올려 달라고 요청하세요. 이 경우 앱은 자동으로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>The monthly cost limit of your RunYour AI group has been reached.</source>
        <translation>RunYour AI 그룹의 월 비용 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Ask your group administrator to raise the monthly limit in the RunYour console, or wait until next month. The app does not retry this automatically.</source>
        <translation>그룹 관리자에게 RunYour 콘솔에서 월 한도를 올려 달라고 요청하거나 다음 달까지 기다리세요. 이 경우 앱은 자동으로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>The daily request limit has been reached.</source>
        <translation>일일 요청 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Wait for the daily limit to reset. The app does not retry this automatically.</source>
        <translation>일일 한도가 초기화될 때까지 기다리세요. 이 경우 앱은 자동으로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>The monthly cost limit has been reached.</source>
        <translation>월 비용 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Raise the limit in the provider's console or wait until next month. The app does not retry this automatically.</source>
        <translation>제공자 콘솔에서 한도를 올리거나 다음 달까지 기다리세요. 이 경우 앱은 자동으로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; the service or the AI provider behind it is temporarily unavailable.</source>
        <translation>몇 분 후에 다시 시도하세요. 서비스나 서비스가 사용하는 AI 제공자를 일시적으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The proxy server refused to connect to the service.</source>
        <translation>프록시 서버가 서비스 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the proxy settings (network/proxyMode, or the https_proxy, all_proxy and no_proxy environment variables) or ask your network administrator. The app does not retry this automatically.</source>
        <translation>프록시 설정(network/proxyMode 또는 https_proxy, all_proxy, no_proxy 환경 변수)을 확인하거나 네트워크 관리자에게 문의하세요. 이 경우 앱은 자동으로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>The API key was not sent: the server address uses plain http:// and is not on this computer.</source>
        <translation>API 키를 보내지 않았습니다. 서버 주소가 암호화되지 않는 http://이고 이 컴퓨터에 있는 서버가 아닙니다.</translation>
    </message>
    <message>
        <source>Use an https:// address. To send keys over plain http to another computer anyway, set network/allowInsecureHttp=true in the settings file (off by default).</source>
        <translation>https:// 주소를 사용하세요. 그래도 다른 컴퓨터로 http를 통해 키를 보내려면 설정 파일에 network/allowInsecureHttp=true를 지정하세요(기본값은 꺼짐).</translation>
    </message>
    <message>
        <source>The server address is not a usable http:// or https:// URL.</source>
        <translation>서버 주소가 사용할 수 있는 http:// 또는 https:// URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Correct the address in the option, environment variable or setting named above, or remove it to use the default address.</source>
        <translation>위에 나온 옵션, 환경 변수 또는 설정의 주소를 고치거나, 지워서 기본 주소를 사용하세요.</translation>
    </message>
    <message numerus="yes">
        <source>The model did not start answering within %n second(s).</source>
        <translation><numerusform>모델이 %n초 안에 답변을 시작하지 않았습니다.</numerusform></translation>
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
        <translation>음력 날짜는 1~12월, 1~30일입니다.</translation>
    </message>
    <message>
        <source>Lunar dates from 1899-12-01 to 2050-11-18 can be converted (Korean lunar table).</source>
        <translation>음력은 1899-12-01부터 2050-11-18까지 변환할 수 있습니다(한국천문연구원 음력표).</translation>
    </message>
    <message>
        <source>Lunar year %1 has no leap month.</source>
        <translation>음력 %1년에는 윤달이 없습니다.</translation>
    </message>
    <message>
        <source>The leap month of lunar year %1 is month %2, not month %3.</source>
        <translation>음력 %1년의 윤달은 윤%2월입니다. 윤%3월은 없습니다.</translation>
    </message>
    <message>
        <source>That lunar month is short (%1 days), so day %2 does not exist.</source>
        <translation>그달은 %1일까지 있는 작은달이라 %2일은 없는 날짜입니다.</translation>
    </message>
    <message>
        <source>A date has months 1–12 and days 1–31.</source>
        <translation>날짜는 1~12월, 1~31일입니다.</translation>
    </message>
    <message>
        <source>This date does not exist: month %2 of %1 has %3 days.</source>
        <translation>없는 날짜입니다. %1년 %2월은 %3일까지 있습니다.</translation>
    </message>
    <message>
        <source>Dates from 1900-01-01 to 2100-12-31 can be calculated.</source>
        <translation>1900-01-01부터 2100-12-31까지 계산할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>A name can have at most %n characters.</source>
        <translation><numerusform>이름은 %n자까지 입력할 수 있습니다.</numerusform></translation>
    </message>
    <message>
        <source>Enter the birth date as YYYY-MM-DD.</source>
        <translation>생년월일을 YYYY-MM-DD 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 1992-08-26.</source>
        <translation>날짜는 YYYY-MM-DD 형식으로 입력하세요(예: 1992-08-26).</translation>
    </message>
    <message>
        <source>The time runs from 00:00 to 23:59.</source>
        <translation>시각은 00:00부터 23:59까지입니다.</translation>
    </message>
    <message>
        <source>The longitude must be between -180° and 180°.</source>
        <translation>경도는 -180°에서 180° 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>CalculationTrace</name>
    <message>
        <source>Korean lunar date %1 (leap month) is solar %2.</source>
        <translation>음력 %1(윤달): 양력 %2입니다.</translation>
    </message>
    <message>
        <source>Korean lunar date %1 is solar %2.</source>
        <translation>음력 %1: 양력 %2입니다.</translation>
    </message>
    <message>
        <source>The Korean wall-clock time as entered.</source>
        <translation>입력한 한국 시각 그대로입니다.</translation>
    </message>
    <message>
        <source>Time unknown: year, month and the luck pillars are evaluated at %1 civil time.</source>
        <translation>시간 모름: 연주·월주와 대운은 %1 시각을 기준으로 계산합니다.</translation>
    </message>
    <message>
        <source>Daylight saving time was in force: one hour removed.</source>
        <translation>서머타임 기간이라 1시간을 뺐습니다.</translation>
    </message>
    <message>
        <source>No daylight saving time on this date.</source>
        <translation>이 날짜에는 서머타임이 없습니다.</translation>
    </message>
    <message>
        <source>The clocks skipped this time when summer time began; it is read on the standard clock (moved forward by the gap).</source>
        <translation>서머타임이 시작되면서 건너뛴 시각입니다. 표준시 시각으로 읽습니다(건너뛴 만큼 늦춰 읽음).</translation>
    </message>
    <message>
        <source>This time occurred twice when summer time ended; the earlier (summer-time) instant is used.</source>
        <translation>서머타임이 끝나면서 두 번 있었던 시각입니다. 앞선 시점(서머타임 시각)을 씁니다.</translation>
    </message>
    <message>
        <source>Before 1908-04-01 Korean clocks kept Seoul local mean time.</source>
        <translation>1908-04-01 이전에는 한국의 시계가 서울 지방평균시를 따랐습니다.</translation>
    </message>
    <message>
        <source>Korean standard time on the 127.5°E meridian (1908-04-01 to 1911-12-31 and 1954-03-21 to 1961-08-09).</source>
        <translation>동경 127.5° 기준 한국 표준시입니다(1908-04-01~1911-12-31, 1954-03-21~1961-08-09).</translation>
    </message>
    <message>
        <source>Standard time on the 135°E meridian (1912-01-01 to 1954-03-20 and since 1961-08-10).</source>
        <translation>동경 135° 기준 표준시입니다(1912-01-01~1954-03-20, 1961-08-10 이후).</translation>
    </message>
    <message>
        <source>Not applied: the birth time is unknown.</source>
        <translation>적용하지 않음: 출생 시간을 모릅니다.</translation>
    </message>
    <message>
        <source>Local mean time at %1°E is UTC%2, %3 against the standard clock; it decides the day and hour pillars.</source>
        <translation>동경 %1°의 지방평균시는 UTC%2이며 표준시와 %3 차이가 납니다. 일주와 시주는 이 시각으로 정합니다.</translation>
    </message>
    <message>
        <source>Not applied: the birth time is unknown; the day pillar is that of the civil date.</source>
        <translation>적용하지 않음: 출생 시간을 모르므로 일주는 입력한 날짜 그대로입니다.</translation>
    </message>
    <message>
        <source>Split 子 hour (야자시/조자시): the day changes at 00:00; from 23:00 to 23:59 the day stays and the hour stem is the next day's 子 hour.</source>
        <translation>야자시/조자시 구분: 날짜는 00:00에 바뀌고, 23:00~23:59에는 일주를 그대로 두되 시주의 천간은 다음 날 자시를 따릅니다.</translation>
    </message>
    <message>
        <source>Applied here: the hour stem is taken from the next day.</source>
        <translation>이 출생에 적용됨: 시주의 천간을 다음 날 기준으로 정했습니다.</translation>
    </message>
    <message>
        <source>정자시: the day changes at 23:00.</source>
        <translation>정자시: 날짜가 23:00에 바뀝니다.</translation>
    </message>
    <message>
        <source>Applied here: the next day's pillar is used.</source>
        <translation>이 출생에 적용됨: 다음 날의 일주를 씁니다.</translation>
    </message>
    <message>
        <source>Midnight rule: the day and the hour stems change at 00:00.</source>
        <translation>자정 기준: 일주와 시주의 천간이 00:00에 바뀝니다.</translation>
    </message>
    <message>
        <source>Year and month: before the first 節 of the table (小寒 1900), in the 子 month of 1899.</source>
        <translation>연주·월주: 표의 첫 절기(1900년 小寒) 이전이라 1899년 子월입니다.</translation>
    </message>
    <message>
        <source>Year and month from %1 at %2; the next 節, %3, is at %4.</source>
        <translation>연주·월주 기준 절기: %1, %2. 다음 절기: %3, %4.</translation>
    </message>
    <message>
        <source>Year and month from %1 at %2.</source>
        <translation>연주·월주 기준 절기: %1, %2.</translation>
    </message>
    <message>
        <source>Civil time as typed</source>
        <translation>입력한 시각</translation>
    </message>
    <message>
        <source>Daylight saving time removed</source>
        <translation>서머타임 제거</translation>
    </message>
    <message>
        <source>Standard meridian of the era</source>
        <translation>당시 표준시의 기준 경선</translation>
    </message>
    <message>
        <source>UTC instant</source>
        <translation>UTC 시각</translation>
    </message>
    <message>
        <source>Local mean time at the birthplace</source>
        <translation>출생지 지방평균시</translation>
    </message>
    <message>
        <source>子-hour rule</source>
        <translation>자시 규칙</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>사주</translation>
    </message>
    <message>
        <source>Civil time minus UTC%1.</source>
        <translation>입력 시각에서 오프셋(UTC%1)을 뺐습니다.</translation>
    </message>
</context>
<context>
    <name>ChartBoundaries</name>
    <message>
        <source>solar term</source>
        <translation>절기</translation>
    </message>
    <message>
        <source>hour-branch edge</source>
        <translation>시진 경계</translation>
    </message>
    <message>
        <source>day change</source>
        <translation>날짜 변경</translation>
    </message>
    <message>
        <source>solar term on the birth date</source>
        <translation>생일에 든 절기</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Luck pillars (대운): no gender chosen.</source>
        <translation>대운: 성별을 고르지 않아 계산하지 않았습니다.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>시주</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월주</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연주</translation>
    </message>
    <message>
        <source>Day master</source>
        <translation>일간</translation>
    </message>
    <message>
        <source>Ten god</source>
        <translation>십성</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>천간</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>지지</translation>
    </message>
    <message>
        <source>Hidden stems</source>
        <translation>지장간</translation>
    </message>
    <message>
        <source>12 stages</source>
        <translation>12운성</translation>
    </message>
    <message>
        <source>Day master: %1 (%2)</source>
        <translation>일간: %1(%2)</translation>
    </message>
    <message>
        <source>Void (공망): %1</source>
        <translation>공망: %1</translation>
    </message>
    <message>
        <source>Five elements: %1</source>
        <translation>오행: %1</translation>
    </message>
    <message>
        <source>Luck pillars (대운)</source>
        <translation>대운</translation>
    </message>
    <message>
        <source>Yearly luck (세운)</source>
        <translation>세운</translation>
    </message>
    <message>
        <source>How this was calculated</source>
        <translation>계산 과정</translation>
    </message>
    <message>
        <source>There is no chart to export: the birth data is not complete.</source>
        <translation>내보낼 사주가 없습니다. 출생 정보를 먼저 바르게 입력하세요.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>%1에 PDF를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The image could not be made.</source>
        <translation>그림을 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>알 수 없는 내보내기 형식입니다: “%1”</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 파일을 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>wood</source>
        <translation>목</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>화</translation>
    </message>
    <message>
        <source>earth</source>
        <translation>토</translation>
    </message>
    <message>
        <source>metal</source>
        <translation>금</translation>
    </message>
    <message>
        <source>water</source>
        <translation>수</translation>
    </message>
    <message>
        <source>male</source>
        <translation>남자</translation>
    </message>
    <message>
        <source>female</source>
        <translation>여자</translation>
    </message>
    <message>
        <source>gender not given</source>
        <translation>성별 미입력</translation>
    </message>
    <message>
        <source>lunar, leap month</source>
        <translation>음력 윤달</translation>
    </message>
    <message>
        <source>lunar</source>
        <translation>음력</translation>
    </message>
    <message>
        <source>solar</source>
        <translation>양력</translation>
    </message>
    <message>
        <source>子 rule: %1</source>
        <translation>자시 규칙: %1</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>시주</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월주</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연주</translation>
    </message>
    <message>
        <source>Ten god</source>
        <translation>십성</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>일간</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>천간</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>지지</translation>
    </message>
    <message>
        <source>Hidden stems</source>
        <translation>지장간</translation>
    </message>
    <message>
        <source>12 stages</source>
        <translation>12운성</translation>
    </message>
    <message>
        <source>Day master: %1 %2 (%3)</source>
        <translation>일간: %1(%2), 오행 %3</translation>
    </message>
    <message>
        <source>Void (공망): %1 %2</source>
        <translation>공망: %1 %2</translation>
    </message>
    <message>
        <source>Elements: %1</source>
        <translation>오행: %1</translation>
    </message>
    <message>
        <source>UTC: %1 · local mean time: %2</source>
        <translation>UTC: %1 · 지방평균시: %2</translation>
    </message>
    <message>
        <source>Luck pillars (대운): give --gender=male or --gender=female.</source>
        <translation>대운을 보려면 --gender=male 또는 --gender=female 옵션을 주세요.</translation>
    </message>
    <message>
        <source>Luck pillars (대운): the solar term needed lies outside 1900–2100.</source>
        <translation>대운: 필요한 절기가 1900–2100년 범위 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Luck pillars (대운): %1, from age %2 (%3 y %4 m %5 d after birth, %6)</source>
        <translation>대운: %1, 대운수 %2 (출생 후 %3년 %4개월 %5일, %6)</translation>
    </message>
    <message>
        <source>[time unknown: measured from 12:00]</source>
        <translation>[시간 모름: 12:00 기준]</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>Near a boundary: %1 %2 at %3 (%4 s from the birth). Other side, %5: %6</source>
        <translation>경계 근처: %1 %2, %3 (출생 시각과 %4초 차이). 반대편 %5의 사주: %6</translation>
    </message>
    <message>
        <source>(luck from age %1)</source>
        <translation>(대운수 %1)</translation>
    </message>
    <message>
        <source>How this was calculated:</source>
        <translation>계산 과정:</translation>
    </message>
    <message>
        <source>Annual luck (세운):</source>
        <translation>세운:</translation>
    </message>
    <message>
        <source>Monthly luck (월운) of %1:</source>
        <translation>%1년 월운:</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>참고 표시: %1</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>split</source>
        <translation>야자시/조자시 구분</translation>
    </message>
    <message>
        <source>23</source>
        <extracomment>the day changes at 23:00</extracomment>
        <translation>23:00에 날짜 변경(정자시)</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>자정에 날짜 변경</translation>
    </message>
    <message>
        <source>%1°E</source>
        <extracomment>%1 is the birth place's longitude east of Greenwich in degrees; Korean writes 동경 %1°.</extracomment>
        <translation>동경 %1°</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>sajudesk-cli: could not start the demo server on 127.0.0.1.
</source>
        <translation>sajudesk-cli: 127.0.0.1에서 데모 서버를 시작하지 못했습니다.
</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3/%4)</source>
        <translation>%1 — %2초 후 재시도(%3/%4번째)</translation>
    </message>
    <message>
        <source>Four pillars: %1  (%2)
</source>
        <translation>사주: %1  (%2)
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>참고: %1
</translation>
    </message>
    <message>
        <source>usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation>사용량: 프롬프트 %1 + 답변 %2 = %3 토큰</translation>
    </message>
    <message>
        <source>[reasoning]</source>
        <translation>[추론 과정]</translation>
    </message>
    <message>
        <source>[end of reasoning]</source>
        <translation>[추론 과정 끝]</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the model (%n s)…</source>
        <translation><numerusform>모델 응답 대기 중(%n초)…</numerusform></translation>
    </message>
    <message>
        <source>stopped: token limit (the answer is cut short; raise --max-tokens for more)</source>
        <translation>중단됨: 토큰 한도(답변이 잘렸습니다. 더 받으려면 --max-tokens 값을 늘리세요)</translation>
    </message>
    <message>
        <source>stopped: the provider's content filter ended the answer</source>
        <translation>중단됨: 제공자의 콘텐츠 필터가 답변을 끝냈습니다</translation>
    </message>
    <message>
        <source>Use the built-in offline demo server (no keys, no network).</source>
        <translation>내장 오프라인 데모 서버를 사용합니다(키와 네트워크가 필요 없음).</translation>
    </message>
    <message>
        <source>RunYour AI base URL (default https://api.runyour.ai/v1; env SAJUDESK_RUNYOUR_URL).</source>
        <translation>RunYour AI 베이스 URL(기본값 https://api.runyour.ai/v1, 환경 변수 SAJUDESK_RUNYOUR_URL).</translation>
    </message>
    <message>
        <source>Saju API base URL (default https://api.sajuapi.dev; env SAJUDESK_SAJU_URL).</source>
        <translation>Saju API 베이스 URL(기본값 https://api.sajuapi.dev, 환경 변수 SAJUDESK_SAJU_URL).</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>경고: %1
</translation>
    </message>
    <message>
        <source>Model id as provider/model (default openai/gpt-5.2; see `models`).</source>
        <translation>제공자/모델 형식의 모델 ID(기본값 openai/gpt-5.2, `models` 참고).</translation>
    </message>
    <message>
        <source>System message.</source>
        <translation>시스템 메시지.</translation>
    </message>
    <message>
        <source>Wait for the whole answer instead of streaming.</source>
        <translation>스트리밍하지 않고 답변 전체를 기다립니다.</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>샘플링 온도(temperature), 0~2.</translation>
    </message>
    <message>
        <source>Upper limit of answer tokens.</source>
        <translation>답변 토큰 수의 상한.</translation>
    </message>
    <message>
        <source>The question; "-" or absent reads stdin.</source>
        <translation>질문. "-"이거나 생략하면 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: give the prompt as one quoted argument.
</source>
        <translation>sajudesk-cli chat: 질문은 따옴표로 묶어 인수 하나로 주세요.
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: no prompt given (pass it as an argument or pipe it in).
</source>
        <translation>sajudesk-cli chat: 질문이 없습니다(인수로 주거나 파이프로 넘겨 주세요).
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: stdin is not UTF-8 text.
</source>
        <translation>sajudesk-cli chat: 표준 입력이 UTF-8 텍스트가 아닙니다.
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: --temperature needs a number, e.g. 0.7.
</source>
        <translation>sajudesk-cli chat: --temperature에는 0.7 같은 숫자가 필요합니다.
</translation>
    </message>
    <message>
        <source>sajudesk-cli chat: --max-tokens needs a whole number, e.g. 400.
</source>
        <translation>sajudesk-cli chat: --max-tokens에는 400 같은 정수가 필요합니다.
</translation>
    </message>
    <message>
        <source>Compute the four pillars of a birth and ask the Saju API for the day's fortune.</source>
        <translation>출생 정보로 사주를 계산하고 Saju API에 그날의 운세를 요청합니다.</translation>
    </message>
    <message>
        <source>Birth as "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (time unknown); prefix L / L! for lunar / leap month.</source>
        <translation>출생 일시: "YYYY-MM-DD HH:MM" 또는 "YYYY-MM-DD"(시각 모름). 음력은 L, 윤달은 L!을 앞에 붙입니다.</translation>
    </message>
    <message>
        <source>Name used in the fortune text.</source>
        <translation>운세 글에 쓸 이름.</translation>
    </message>
    <message>
        <source>The birth date is a Korean lunar date.</source>
        <translation>생년월일이 음력입니다.</translation>
    </message>
    <message>
        <source>Lunar date in the leap month (implies --lunar).</source>
        <translation>윤달의 음력 날짜입니다(--lunar 포함).</translation>
    </message>
    <message>
        <source>子 hour rule: split (default), 23 or midnight.</source>
        <translation>자시(子時) 규칙: split(기본값), 23 또는 midnight.</translation>
    </message>
    <message>
        <source>Birthplace longitude in degrees east (default Seoul).</source>
        <translation>출생지 경도(동경, 도 단위, 기본값 서울).</translation>
    </message>
    <message>
        <source>Birthplace city, e.g. 부산 or Busan.</source>
        <translation>출생지 도시(예: 부산 또는 Busan).</translation>
    </message>
    <message>
        <source>Fortune date YYYY-MM-DD (default: today in Seoul).</source>
        <translation>운세 날짜 YYYY-MM-DD(기본값: 서울 기준 오늘).</translation>
    </message>
    <message>
        <source>haiku (default), sonnet or gpt4o.</source>
        <translation>haiku(기본값), sonnet 또는 gpt4o.</translation>
    </message>
    <message>
        <source>Only the daily fortune part (cheaper).</source>
        <translation>오늘의 운세 부분만 요청합니다(더 저렴).</translation>
    </message>
    <message>
        <source>Use the JSON endpoint instead of the stream.</source>
        <translation>스트림 대신 JSON 엔드포인트를 사용합니다.</translation>
    </message>
    <message>
        <source>Print one JSON document (saju, data, meta) at the end.</source>
        <translation>끝에 JSON 문서 하나(saju, data, meta)를 출력합니다.</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>예상하지 못한 인수 "%1"</translation>
    </message>
    <message>
        <source>--birth is required, e.g. --birth "1992-08-26 05:40"</source>
        <translation>--birth가 필요합니다. 예: --birth "1992-08-26 05:40"</translation>
    </message>
    <message>
        <source>--name is required, e.g. --name 이서준</source>
        <translation>--name이 필요합니다. 예: --name 이서준</translation>
    </message>
    <message>
        <source>give either --lon or --city, not both</source>
        <translation>--lon과 --city 중 하나만 주세요</translation>
    </message>
    <message>
        <source>--zi must be split, 23 or midnight</source>
        <translation>--zi는 split, 23, midnight 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>unknown city "%1"</source>
        <translation>알 수 없는 도시 "%1"</translation>
    </message>
    <message>
        <source>--date must be a real date as YYYY-MM-DD, got "%1"</source>
        <translation>--date는 YYYY-MM-DD 형식의 실제 날짜여야 합니다. 입력값: "%1"</translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation>요청 ID %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>모델 %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>캐시됨</translation>
    </message>
    <message>
        <source>cost $%1</source>
        <translation>비용 $%1</translation>
    </message>
    <message>
        <source>List the RunYour AI models usable with your key.</source>
        <translation>내 키로 쓸 수 있는 RunYour AI 모델을 나열합니다.</translation>
    </message>
    <message>
        <source>Print the raw model entries as a JSON array.</source>
        <translation>모델 항목을 가공하지 않은 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>sajudesk-cli models: unexpected argument "%1"
</source>
        <translation>sajudesk-cli models: 예상하지 못한 인수 "%1"
</translation>
    </message>
    <message>
        <source>Four pillars (saju) of Korean civil birth times, 1900-2100.
Lines: YYYY-MM-DD HH:MM or YYYY-MM-DD (time unknown); prefix L for a Korean lunar date,
L! for a leap (yun) lunar month. Without LINE arguments, lines are read from stdin.</source>
        <translation>한국 표준시로 적힌 출생 일시(1900~2100년)의 사주를 계산합니다.
줄 형식: YYYY-MM-DD HH:MM 또는 YYYY-MM-DD(시각 모름). 음력이면 앞에 L을,
윤달이면 L!을 붙입니다. LINE 인수가 없으면 표준 입력에서 줄을 읽습니다.</translation>
    </message>
    <message>
        <source>Zi-hour rule: split (default; day changes at 00:00, 23:xx takes the next day's hour stem), 23 (day changes at 23:00) or midnight.</source>
        <translation>자시(子時) 규칙: split(기본값, 날짜는 00:00에 바뀌고 23시대는 다음 날 자시의 천간을 씀), 23(날짜가 23:00에 바뀜) 또는 midnight.</translation>
    </message>
    <message>
        <source>Birthplace longitude in degrees east for local mean time (default 126.978, Seoul; 127.5 = fixed 30-minute rule; 135 = no correction).</source>
        <translation>지방 평균시를 구할 출생지 경도(동경, 도 단위, 기본값 126.978 서울, 127.5 = 30분 고정 보정, 135 = 보정 없음).</translation>
    </message>
    <message>
        <source>Birthplace by name (Korean or English), e.g. 부산 or Busan.</source>
        <translation>출생지 이름(한국어 또는 영어, 예: 부산 또는 Busan).</translation>
    </message>
    <message>
        <source>List built-in cities.</source>
        <translation>내장 도시 목록을 출력합니다.</translation>
    </message>
    <message>
        <source>One JSON object per line (with the Saju API `saju` object).</source>
        <translation>한 줄에 JSON 객체 하나(Saju API의 `saju` 객체 포함).</translation>
    </message>
    <message>
        <source>Birth date and time.</source>
        <translation>출생 날짜와 시각.</translation>
    </message>
    <message>
        <source>(see --list-cities)</source>
        <translation>(--list-cities 참고)</translation>
    </message>
    <message>
        <source>sajudesk-cli pillars: cannot read stdin</source>
        <translation>sajudesk-cli pillars: 표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>ask a RunYour AI model; the answer streams to stdout</source>
        <translation>RunYour AI 모델에 질문, 답변은 표준 출력으로 실시간 출력</translation>
    </message>
    <message>
        <source>four pillars of a birth + the day's fortune from the Saju API</source>
        <translation>출생 정보의 사주와 Saju API의 그날 운세</translation>
    </message>
    <message>
        <source>store, inspect or remove API keys in the OS keychain</source>
        <translation>OS 키체인의 API 키 저장·확인·제거</translation>
    </message>
    <message>
        <source>list the RunYour AI models usable with your key</source>
        <translation>내 키로 쓸 수 있는 RunYour AI 모델 목록</translation>
    </message>
    <message>
        <source>four pillars of birth dates (TSV or JSON); lunar input, zi rules, longitude</source>
        <translation>출생 일시의 사주(TSV 또는 JSON), 음력 입력·자시 규칙·경도 지원</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli [--version] [--help] [--verbose] [--language ko|en] [--demo] [--runyour-url URL] [--saju-url URL] &lt;command&gt; [options]</source>
        <translation>사용 방법: sajudesk-cli [--version] [--help] [--verbose] [--language ko|en] [--demo] [--runyour-url URL] [--saju-url URL] &lt;명령&gt; [옵션]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run 'sajudesk-cli &lt;command&gt; --help' for a command's options.
--demo answers from a built-in offline server. Keys come from SAJUDESK_RUNYOUR_KEY /
SAJUDESK_SAJU_KEY when set, else from the OS keychain (see 'key').
--verbose logs each request on stderr. --language picks ko or en (default: LANGUAGE,
LC_ALL, LC_MESSAGES or LANG).
Exit codes: 0 ok, 1 some lines failed, 2 usage or input error, 3 API error, 4 network error.</source>
        <translation>명령별 옵션은 'sajudesk-cli &lt;명령&gt; --help'로 확인합니다.
--demo를 주면 내장 오프라인 서버가 응답합니다. 키는 SAJUDESK_RUNYOUR_KEY /
SAJUDESK_SAJU_KEY가 설정되어 있으면 거기서, 아니면 OS 키체인에서 가져옵니다('key' 참고).
--verbose는 요청마다 표준 오류에 기록합니다. --language로 ko 또는 en을 고릅니다(기본값: LANGUAGE,
LC_ALL, LC_MESSAGES 또는 LANG).
종료 코드: 0 성공, 1 일부 줄 실패, 2 사용법 또는 입력 오류, 3 API 오류, 4 네트워크 오류.</translation>
    </message>
    <message>
        <source>sajudesk-cli: --language must be ko or en, not "%1".
</source>
        <translation>sajudesk-cli: --language는 ko 또는 en이어야 합니다(입력값: "%1").
</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>그 밖의 정보</translation>
    </message>
    <message>
        <source>--zi must be split, 23 or midnight, not '%1'</source>
        <translation>--zi는 split, 23, midnight 중 하나여야 합니다(입력값: '%1')</translation>
    </message>
    <message>
        <source>line %1 "%2": %3</source>
        <translation>%1번째 줄 "%2": %3</translation>
    </message>
    <message>
        <source>The 만세력 chart of Korean civil birth times, 1900-2100: four pillars, ten gods (십성),
hidden stems (지장간), 12 stages (12운성), void (공망), luck pillars (대운) with their start,
annual and monthly luck (세운/월운), the correction trace and boundary charts.
Lines as for `pillars`: YYYY-MM-DD HH:MM or YYYY-MM-DD; prefix L (lunar) or L! (leap month).
Without LINE arguments, lines are read from stdin.</source>
        <translation>한국 표준시로 적힌 출생 일시(1900~2100년)의 만세력: 사주, 십성, 지장간, 12운성, 공망,
대운과 대운수, 세운/월운, 시각 보정 과정, 절기 경계의 두 명식.
줄 형식은 `pillars`와 같습니다: YYYY-MM-DD HH:MM 또는 YYYY-MM-DD. 음력은 L, 윤달은 L!을 앞에 붙입니다.
LINE 인수가 없으면 표준 입력에서 줄을 읽습니다.</translation>
    </message>
    <message>
        <source>One JSON object per line (the chart; see README).</source>
        <translation>한 줄에 JSON 객체 하나(명식, README 참고).</translation>
    </message>
    <message>
        <source>male or female; sets the luck-pillar (대운) direction. Without it the chart has no luck pillars.</source>
        <translation>male 또는 female. 대운의 순행·역행을 정합니다. 없으면 대운을 내지 않습니다.</translation>
    </message>
    <message>
        <source>How the luck start age rounds delta/3 days: half-up (default) or floor.</source>
        <translation>대운수 계산에서 (절입까지 일수)÷3의 반올림 방식: half-up(기본값, 반올림) 또는 floor(버림).</translation>
    </message>
    <message>
        <source>Also give the annual luck (세운) of these saju years, e.g. 2021-2031.</source>
        <translation>이 연도들의 세운도 냅니다(예: 2021-2031).</translation>
    </message>
    <message>
        <source>Also give the monthly luck (월운) of this saju year.</source>
        <translation>이 연도의 월운도 냅니다.</translation>
    </message>
    <message>
        <source>Language of labels, notes and messages: ko or en (default: the system language).</source>
        <translation>항목 이름, 참고 사항, 메시지의 언어: ko 또는 en(기본값: 시스템 언어).</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --language must be ko or en, not '%1'</source>
        <translation>sajudesk-cli chart: --language는 ko 또는 en이어야 합니다(입력값: '%1')</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --gender must be male or female, not '%1'</source>
        <translation>sajudesk-cli chart: --gender는 male 또는 female이어야 합니다(입력값: '%1')</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --luck-rounding must be half-up or floor, not '%1'</source>
        <translation>sajudesk-cli chart: --luck-rounding은 half-up 또는 floor여야 합니다(입력값: '%1')</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --years must be FROM-TO (years 1-9999, at most %1 years), not '%2'</source>
        <translation>sajudesk-cli chart: --years는 시작-끝 형식(1~9999년, 최대 %1년)이어야 합니다(입력값: '%2')</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: --months must be a year 1-9999, not '%1'</source>
        <translation>sajudesk-cli chart: --months는 1~9999 사이의 연도여야 합니다(입력값: '%1')</translation>
    </message>
    <message>
        <source>sajudesk-cli chart: cannot read stdin</source>
        <translation>sajudesk-cli chart: 표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Ask the service again even when this fortune is in the local cache.</source>
        <translation>이 운세가 로컬 캐시에 있어도 서비스에 다시 요청합니다.</translation>
    </message>
    <message>
        <source>Language of labels and messages: ko or en (default: the system language).</source>
        <translation>항목 이름과 메시지의 언어: ko 또는 en(기본값: 시스템 언어).</translation>
    </message>
    <message>
        <source>--language must be ko or en, not "%1"</source>
        <translation>--language는 ko 또는 en이어야 합니다(입력값: "%1")</translation>
    </message>
    <message>
        <source>the 만세력 chart: ten gods, hidden stems, 12 stages, void, luck pillars, trace</source>
        <translation>만세력 명식: 십성, 지장간, 12운성, 공망, 대운, 보정 과정</translation>
    </message>
    <message>
        <source>sajudesk-cli: unknown command '%1'</source>
        <translation>sajudesk-cli: 알 수 없는 명령 '%1'</translation>
    </message>
    <message>
        <source>Ask a RunYour AI model; the answer (or the model's refusal) streams to stdout. Reasoning, waiting, retries, usage and why the answer stopped go to stderr. Exit 0 also for a refusal or a token-limit stop; 3 when the service reports an error, also inside the stream.</source>
        <translation>RunYour AI 모델에 질문합니다. 답변(또는 모델의 거절 메시지)은 표준 출력으로 실시간 출력됩니다. 추론 과정, 대기 상태, 재시도, 사용량, 답변이 멈춘 이유는 표준 오류로 출력됩니다. 거절이나 토큰 한도로 멈춘 경우에도 종료 코드는 0이고, 서비스가 오류를 보고하면(스트림 안에서 보고한 경우 포함) 3입니다.</translation>
    </message>
</context>
<context>
    <name>CmdKey</name>
    <message>
        <source>Paste the %1 key and press Enter (input is hidden): </source>
        <translation>%1 키를 붙여 넣고 Enter를 누르세요(입력 내용은 표시되지 않음): </translation>
    </message>
    <message>
        <source>sajudesk-cli key: unknown service; use 'runyour' or 'saju'.</source>
        <translation>sajudesk-cli key: 알 수 없는 서비스입니다. 'runyour' 또는 'saju'를 사용하세요.</translation>
    </message>
    <message>
        <source>Note: %1 is set and takes precedence over the keychain.</source>
        <translation>참고: 환경 변수 %1 값이 설정되어 있어 키체인보다 우선합니다.</translation>
    </message>
    <message>
        <source>sajudesk-cli key set does not take the key as an argument: it would stay in your shell history and be visible to other processes. Run 'sajudesk-cli key set runyour' and paste the key at the hidden prompt, or pipe it in (for example from a password manager). Consider removing the key from your shell history.</source>
        <translation>sajudesk-cli key set은 키를 인수로 받지 않습니다. 인수로 넘기면 셸 기록에 남고 다른 프로세스에서 볼 수 있기 때문입니다. 'sajudesk-cli key set runyour'를 실행한 후 숨겨진 프롬프트에 키를 붙여 넣거나, 파이프로 전달하세요(예: 비밀번호 관리자에서). 셸 기록에서 키를 지우는 것도 고려하세요.</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key set runyour|saju   (the key is read from stdin)</source>
        <translation>사용법: sajudesk-cli key set runyour|saju   (키는 stdin에서 읽음)</translation>
    </message>
    <message>
        <source>The input is far longer than any API key; nothing was saved.</source>
        <translation>입력이 API 키보다 훨씬 깁니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>저장하지 않음:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <source>Not saved. If this key is right, run the command again with --force.</source>
        <translation>저장하지 않았습니다. 이 키가 맞다면 --force를 붙여 명령을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. The key was NOT saved. For this shell only, you can provide it through %2 instead.</source>
        <translation>키체인 사용 불가: %1. 키를 저장하지 않았습니다. 이 셸에서만 쓰려면 대신 %2 환경 변수로 키를 제공할 수 있습니다.</translation>
    </message>
    <message>
        <source>Saved the %1 key %2 in the system keychain.</source>
        <translation>%1 키(%2)를 시스템 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key remove runyour|saju</source>
        <translation>사용법: sajudesk-cli key remove runyour|saju</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. The %2 key was NOT removed.</source>
        <translation>키체인 사용 불가: %1. %2 키를 제거하지 않았습니다.</translation>
    </message>
    <message>
        <source>Removed the %1 key from the system keychain (if it was there).</source>
        <translation>시스템 키체인에서 %1 키를 제거했습니다(있었던 경우).</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key status [--json]</source>
        <translation>사용법: sajudesk-cli key status [--json]</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>키체인: 사용 가능</translation>
    </message>
    <message>
        <source>Keychain: unavailable (%1)</source>
        <translation>키체인: 사용 불가(%1)</translation>
    </message>
    <message>
        <source>Store, inspect or remove the RunYour AI and Saju API keys in the OS keychain.
  set runyour|saju   read the key from stdin (hidden when typed; never as an argument)
  status             where each key comes from, masked
  remove runyour|saju</source>
        <translation>OS 키체인에 RunYour AI 및 Saju API 키를 저장·확인·제거합니다.
  set runyour|saju   stdin에서 키를 읽음(입력 시 숨김, 인수로는 받지 않음)
  status             각 키의 출처를 가려서 표시
  remove runyour|saju</translation>
    </message>
    <message>
        <source>set, status or remove</source>
        <translation>set, status 또는 remove</translation>
    </message>
    <message>
        <source>runyour or saju</source>
        <translation>runyour 또는 saju</translation>
    </message>
    <message>
        <source>set: accept a RunYour key without the runyour-v1- prefix</source>
        <translation>set: runyour-v1- 접두어가 없는 RunYour 키도 허용</translation>
    </message>
    <message>
        <source>status: print JSON</source>
        <translation>status: JSON으로 출력</translation>
    </message>
    <message>
        <source>sajudesk-cli key: unknown option. Run 'sajudesk-cli key --help'.</source>
        <translation>sajudesk-cli key: 알 수 없는 옵션입니다. 'sajudesk-cli key --help'를 실행하세요.</translation>
    </message>
    <message>
        <source>Usage: sajudesk-cli key set|status|remove … (see 'sajudesk-cli key --help')</source>
        <translation>사용법: sajudesk-cli key set|status|remove … ('sajudesk-cli key --help' 참고)</translation>
    </message>
</context>
<context>
    <name>ConversationAutosaver</name>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk and is read-only here; changes to it are not saved.</source>
        <translation>이 대화는 더 새로운 버전의 SajuDesk에서 저장되어 여기서는 읽기 전용입니다. 변경 내용은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 The conversation is kept in memory and saved as soon as that works again.</source>
        <translation>%1 대화 내용은 메모리에 보관되며, 다시 저장할 수 있게 되는 즉시 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>마지막 활동: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Message this version cannot show</source>
        <translation>이 버전에서 표시할 수 없는 메시지</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>어시스턴트(%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론 과정</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>끝나기 전에 중지되었습니다.</translation>
    </message>
    <message>
        <source>Interrupted: this answer is incomplete.</source>
        <translation>중단됨: 완성되지 않은 답변입니다.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>실패했습니다.</translation>
    </message>
    <message>
        <source>Failed (%1).</source>
        <translation>실패했습니다(%1).</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>%1 is not a JSON file (%2 at byte %3), so it is not a conversation SajuDesk can import.</source>
        <translation>JSON 파일이 아니라서(%2, 바이트 %3) 대화로 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is not a conversation. SajuDesk imports its own conversation files (JSON) and lists of chat messages such as [{"role": "user", "content": "…"}].</source>
        <translation>대화 파일이 아닙니다: %1. SajuDesk는 SajuDesk 대화 파일(JSON)과 [{"role": "user", "content": "…"}] 같은 채팅 메시지 목록을 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 holds no conversation.</source>
        <translation>%1에 대화가 없습니다.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is not a conversation and was skipped.</source>
        <translation>%2의 %1번째 항목은 대화가 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of SajuDesk. Update SajuDesk to import it.</source>
        <translation>“%1” 대화는 더 새로운 버전의 SajuDesk에서 저장되었습니다. 가져오려면 SajuDesk를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>파일을 읽을 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a conversation.</source>
        <translation>파일이 너무 커서 대화로 가져올 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>%1 is not a SajuDesk conversation.</source>
        <translation>%1 파일은 SajuDesk 대화 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The conversation has an invalid id.</source>
        <translation>대화의 ID가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk (format %2). It is shown read-only, and this version does not change it.</source>
        <translation>%1 파일은 더 새로운 버전의 SajuDesk에서 저장되었습니다(형식 %2). 읽기 전용으로 표시되며, 이 버전에서는 파일을 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk; this version does not save changes to it.</source>
        <translation>%1 파일은 더 새로운 버전의 SajuDesk에서 저장되었습니다. 이 버전에서는 변경 내용을 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 파일을 삭제할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ConversationTrash</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash: %2</source>
        <translation>휴지통으로 옮길 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the trash.</source>
        <translation>휴지통에 더 이상 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>복원할 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>Cannot restore %1.</source>
        <translation>복원할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the trash: %2</source>
        <translation>휴지통에서 지울 수 없습니다(%1): %2</translation>
    </message>
</context>
<context>
    <name>DiskError</name>
    <message>
        <source>Cannot save %1: the disk is full.</source>
        <translation>%1 파일을 저장할 수 없습니다. 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: the disk is read-only.</source>
        <translation>%1 파일을 저장할 수 없습니다. 디스크가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: no permission to write in the folder %2.</source>
        <translation>%1 파일을 저장할 수 없습니다. %2 폴더에 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: the file would be larger than the system allows.</source>
        <translation>%1 파일을 저장할 수 없습니다. 시스템이 허용하는 파일 크기를 넘습니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 파일을 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ElementStyle</name>
    <message>
        <source>Wood</source>
        <translation>목(木)</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>화(火)</translation>
    </message>
    <message>
        <source>Earth</source>
        <translation>토(土)</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>금(金)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>수(水)</translation>
    </message>
    <message>
        <source>Wood</source>
        <comment>short</comment>
        <translation>목</translation>
    </message>
    <message>
        <source>Fire</source>
        <comment>short</comment>
        <translation>화</translation>
    </message>
    <message>
        <source>Earth</source>
        <comment>short</comment>
        <translation>토</translation>
    </message>
    <message>
        <source>Metal</source>
        <comment>short</comment>
        <translation>금</translation>
    </message>
    <message>
        <source>Water</source>
        <comment>short</comment>
        <translation>수</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tile caption: Hangul reading, element</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>FortuneCache</name>
    <message>
        <source>The fortune does not match its request.</source>
        <translation>운세 결과가 요청과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FortuneChatContext</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the pillar in Hanja (甲子), %2 in Hangul (갑자)</extracomment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>solar calendar</source>
        <translation>양력</translation>
    </message>
    <message>
        <source>lunar calendar, leap month</source>
        <translation>음력, 윤달</translation>
    </message>
    <message>
        <source>lunar calendar</source>
        <translation>음력</translation>
    </message>
    <message>
        <source>Birth: %1 %2 (%3)</source>
        <translation>출생: %1 %2(%3)</translation>
    </message>
    <message>
        <source>Birth: %1, time unknown (%2)</source>
        <translation>출생: %1, 시간 모름(%2)</translation>
    </message>
    <message>
        <source>Solar date: %1</source>
        <translation>양력 날짜: %1</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>동경 %1°</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>서경 %1°</translation>
    </message>
    <message>
        <source>split at midnight (야자시/조자시)</source>
        <translation>야자시/조자시 구분(자정에 날짜 변경)</translation>
    </message>
    <message>
        <source>the day changes at 23:00 (정자시)</source>
        <translation>23시에 날짜 변경(정자시)</translation>
    </message>
    <message>
        <source>the day changes at midnight, no split</source>
        <translation>자정에 날짜 변경(야자시 구분 없음)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Birthplace longitude: %1</source>
        <translation>출생지 경도: %1</translation>
    </message>
    <message>
        <source>Zi (子) hour rule: %1</source>
        <translation>자시(子時) 기준: %1</translation>
    </message>
    <message>
        <source>Daylight saving time: in effect at the birth time</source>
        <translation>서머타임: 출생 시각에 적용됨</translation>
    </message>
    <message>
        <source>Daylight saving time: not in effect at the birth time</source>
        <translation>서머타임: 출생 시각에 적용되지 않음</translation>
    </message>
    <message>
        <source>Four pillars:</source>
        <translation>사주팔자:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월주</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일주</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>시주</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>Day master: %1 (%2), element %3</source>
        <translation>일간: %1(%2), 오행 %3</translation>
    </message>
    <message>
        <source>Five elements: %1</source>
        <translation>오행 개수: %1</translation>
    </message>
    <message>
        <source>Current 10-year luck (대운): %1, ages %2–%3</source>
        <translation>현재 대운: %1, %2~%3세</translation>
    </message>
    <message>
        <source>Current 10-year luck (대운): %1</source>
        <translation>현재 대운: %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Fortune for %1:</source>
        <translation>%1 운세:</translation>
    </message>
    <message>
        <source>Fortune text: %1</source>
        <translation>운세 풀이: %1</translation>
    </message>
    <message>
        <source>Answer the user's questions about this saju and fortune kindly and concretely, in the user's language.</source>
        <translation>이 사주와 운세에 대한 사용자의 질문에 사용자의 언어로 친절하고 구체적으로 답하세요.</translation>
    </message>
</context>
<context>
    <name>FortuneText</name>
    <message>
        <source>Wood</source>
        <translation>목(木)</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>화(火)</translation>
    </message>
    <message>
        <source>Earth</source>
        <translation>토(土)</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>금(金)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>수(水)</translation>
    </message>
    <message>
        <source>Yang</source>
        <translation>양</translation>
    </message>
    <message>
        <source>Yin</source>
        <translation>음</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>성격</translation>
    </message>
    <message>
        <source>Tendency</source>
        <translation>투자 성향</translation>
    </message>
    <message>
        <source>Today's fortune</source>
        <translation>오늘의 운세</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Day master</source>
        <translation>일간</translation>
    </message>
    <message>
        <source>Day master (Hanja)</source>
        <translation>일간(한자)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>이모지</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>정체성</translation>
    </message>
    <message>
        <source>Investor identity</source>
        <translation>투자자 유형</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>세부 점수</translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation>위험 감수 성향</translation>
    </message>
    <message>
        <source>Long-term aptitude</source>
        <translation>장기 투자 적성</translation>
    </message>
    <message>
        <source>Trend sensitivity</source>
        <translation>추세 민감도</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>강점</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>약점</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>오행</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Date (with weekday)</source>
        <translation>날짜(요일 포함)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Things to do today</source>
        <translation>오늘 할 일</translation>
    </message>
    <message>
        <source>Lacking element</source>
        <translation>부족한 오행</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>cached · fetched %1</source>
        <translation>저장된 운세 · %1에 받음</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server redirected the request to %1; redirects to another host are not followed so the API key stays with the service.</source>
        <translation>서버가 요청을 %1(으)로 리디렉션했습니다. API 키가 해당 서비스 밖으로 나가지 않도록 다른 호스트로의 리디렉션은 따르지 않습니다.</translation>
    </message>
    <message>
        <source>The server address “%1” is not a usable http:// or https:// URL.</source>
        <translation>사용할 수 없는 서버 주소입니다: “%1”. http:// 또는 https:// URL이어야 합니다.</translation>
    </message>
    <message>
        <source>The API key was not sent: %1 is reached over plain http://, so the key would cross the network unencrypted. Use an https:// address, or allow plain http with the setting network/allowInsecureHttp=true (off by default).</source>
        <translation>API 키를 보내지 않았습니다. %1에는 암호화되지 않는 http://로 접속하므로 키가 암호화되지 않은 채 네트워크를 지나게 됩니다. https:// 주소를 사용하거나, 설정 network/allowInsecureHttp=true로 http를 허용하세요(기본값은 꺼짐).</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a SajuDesk file.</source>
        <translation>%1 파일은 SajuDesk 파일로 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3).</source>
        <translation>%1 파일이 손상되었습니다(%2, 바이트 %3).</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so it stays where it is; SajuDesk does not change it.</source>
        <translation>파일을 다른 이름으로 옮기지 못해(%1) 그 자리에 그대로 두었습니다. SajuDesk는 이 파일을 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>It was moved to %1 with its contents unchanged.</source>
        <translation>내용은 그대로 두고 다음 위치로 옮겼습니다: %1</translation>
    </message>
    <message>
        <source>%1 is in an older format and is not upgraded until a backup of it can be kept. %2</source>
        <translation>%1 파일은 이전 형식이라, 백업을 남길 수 있을 때까지 새 형식으로 바꾸지 않습니다. %2</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>Enter a key.</source>
        <translation>키를 입력하세요.</translation>
    </message>
    <message>
        <source>This is far longer than any API key. Paste only the key.</source>
        <translation>API 키보다 훨씬 깁니다. 키만 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks inside it. Copy the key again in one piece.</source>
        <translation>키 중간에 공백이나 줄바꿈이 있습니다. 키를 한 번에 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The key contains control characters. Copy the key again from the vendor's console.</source>
        <translation>키에 제어 문자가 들어 있습니다. 서비스 콘솔에서 키를 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The key contains characters that API keys never have (only English letters, digits, '-' and '_'). Check that you pasted the key and not other text.</source>
        <translation>API 키에 쓰이지 않는 문자가 들어 있습니다(영문자, 숫자, '-', '_'만 씁니다). 다른 글이 아니라 키를 붙여 넣었는지 확인하세요.</translation>
    </message>
    <message>
        <source>Only the prefix was pasted. Copy the whole key.</source>
        <translation>접두어만 붙여 넣었습니다. 키 전체를 복사하세요.</translation>
    </message>
    <message>
        <source>RunYour AI keys start with "runyour-v1-"; this one does not. Check that you copied the whole key.</source>
        <translation>RunYour AI 키는 "runyour-v1-"로 시작하는데 이 키는 그렇지 않습니다. 키 전체를 복사했는지 확인하세요.</translation>
    </message>
    <message>
        <source>Saju API keys start with "bs_live_" or "bs_test_".</source>
        <translation>Saju API 키는 "bs_live_" 또는 "bs_test_"로 시작합니다.</translation>
    </message>
    <message>
        <source>This is a test key: the Saju API answers with mock data and does not bill it.</source>
        <translation>테스트 키입니다. Saju API가 모의 데이터로 답하며 요금이 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>Starts with runyour-v1-. Create it in the RunYour AI console under API keys.</source>
        <translation>runyour-v1-로 시작합니다. RunYour AI 콘솔의 API 키 메뉴에서 만드세요.</translation>
    </message>
    <message>
        <source>Starts with bs_live_ (production) or bs_test_ (mock data, not billed). Create it in the Saju API dashboard.</source>
        <translation>bs_live_(운영용) 또는 bs_test_(모의 데이터, 무료)로 시작합니다. Saju API 대시보드에서 만드세요.</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <source>%1 is set but ignored: %2</source>
        <translation>환경 변수 %1 값이 설정되어 있지만 무시됩니다: %2</translation>
    </message>
    <message>
        <source>The key stored in the keychain is not usable: %1</source>
        <translation>키체인에 저장된 키를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. Keys are kept for this session only.</source>
        <translation>키체인 사용 불가: %1. 키는 이 세션에서만 보관됩니다.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>이 세션만</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>%1: no key</source>
        <translation>%1: 키 없음</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>— rejected by the server</source>
        <translation>— 서버가 거부함</translation>
    </message>
    <message>
        <source>The %1 key was rejected; enter a new one in Settings.</source>
        <translation>%1 키가 거부되었습니다. 설정에서 새 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Saved the %1 key %2 in the system keychain.</source>
        <translation>%1 키(%2)를 시스템 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>The %1 key %2 is used until SajuDesk quits.</source>
        <translation>%1 키(%2)는 SajuDesk를 끝낼 때까지 사용됩니다.</translation>
    </message>
    <message>
        <source>%1 is set and takes precedence over it.</source>
        <translation>환경 변수 %1 값이 설정되어 있어 이 키보다 우선합니다.</translation>
    </message>
    <message>
        <source>Removed the %1 key.</source>
        <translation>%1 키를 제거했습니다.</translation>
    </message>
    <message>
        <source>The %1 key is no longer used in this session, but the keychain could not be reached to delete it: %2</source>
        <translation>이 세션에서는 더 이상 %1 키를 사용하지 않지만, 키체인에 연결할 수 없어 키를 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 is still set and stays in use.</source>
        <translation>환경 변수 %1 값이 아직 설정되어 있어 계속 사용됩니다.</translation>
    </message>
    <message>
        <source>The %1 key %2 worked earlier but is now rejected (HTTP 401). It may have been revoked or rotated, or removed together with its owner's group membership. Enter a new key; SajuDesk will not retry with this one.</source>
        <translation>%1 키(%2)는 이전에는 작동했지만 지금은 거부됩니다(HTTP 401). 키가 폐기 또는 교체되었거나, 소유자의 그룹 멤버십과 함께 삭제되었을 수 있습니다. 새 키를 입력하세요. SajuDesk는 이 키로 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>The %1 key %2 was rejected (HTTP 401). Check that the whole key was pasted, or create a new key.</source>
        <translation>%1 키(%2)가 거부되었습니다(HTTP 401). 키 전체를 붙여 넣었는지 확인하거나 새 키를 만드세요.</translation>
    </message>
</context>
<context>
    <name>KeyRegistry</name>
    <message>
        <source>Chat input</source>
        <translation>채팅 입력란</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>줄 바꾸기</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>답변 중지</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
</context>
<context>
    <name>LuckPillars</name>
    <message>
        <source>forward</source>
        <translation>순행</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역행</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>Context (sent as the system prompt)</source>
        <translation>맥락(시스템 프롬프트로 보냄)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>This version of SajuDesk cannot show this message. It is kept unchanged.</source>
        <translation>이 버전의 SajuDesk에서는 이 메시지를 표시할 수 없습니다. 내용은 그대로 보관합니다.</translation>
    </message>
    <message>
        <source>Asking again (%1 s)… the earlier text stays until the new answer starts.</source>
        <translation>다시 요청하는 중(%1초)… 새 답변이 시작될 때까지 이전 내용을 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Waiting for the model (%1 s)…</source>
        <translation>모델의 응답을 기다리는 중(%1초)…</translation>
    </message>
    <message>
        <source>Stopped. This answer is incomplete.</source>
        <translation>중지했습니다. 이 답변은 끝까지 작성되지 않았습니다.</translation>
    </message>
    <message>
        <source>No answer arrived.</source>
        <translation>답변을 받지 못했습니다.</translation>
    </message>
    <message>
        <source>No answer arrived (%1).</source>
        <translation>답변을 받지 못했습니다(%1).</translation>
    </message>
    <message>
        <source>The answer reached the length limit and was cut off.</source>
        <translation>답변이 길이 제한에 도달해 잘렸습니다.</translation>
    </message>
    <message>
        <source>The provider's content filter stopped this answer.</source>
        <translation>제공자의 콘텐츠 필터가 이 답변을 중단했습니다.</translation>
    </message>
    <message>
        <source>The model sent an empty answer.</source>
        <translation>모델이 빈 답변을 보냈습니다.</translation>
    </message>
    <message>
        <source>Thinking… %1 s</source>
        <translation>생각하는 중… %1초</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>%1초 동안 생각함</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>생각 과정</translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>입력 %1 · 출력 %2 토큰</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>첫 토큰 %1초</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>초당 %1토큰</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>미완성: 답변이 끝나기 전에 중단되었습니다.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished (%1).</source>
        <translation>미완성: 답변이 끝나기 전에 중단되었습니다(%1).</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>첫 토큰 %1ms</translation>
    </message>
</context>
<context>
    <name>ModelStatusText</name>
    <message>
        <source>Loading models…</source>
        <translation>모델 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>No RunYour key — add one</source>
        <translation>RunYour 키 없음 — 키를 추가하세요</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>키가 거부됨</translation>
    </message>
    <message>
        <source>Offline — retry</source>
        <translation>오프라인 — 다시 시도하세요</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>모델 목록을 불러오지 못함</translation>
    </message>
    <message>
        <source>The service offers no models</source>
        <translation>서비스에서 제공하는 모델 없음</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>키 추가…</translation>
    </message>
    <message>
        <source>Open API Keys…</source>
        <translation>API 키 열기…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Chat needs a RunYour AI key. Add one in Settings › API Keys. Your text is kept.</source>
        <translation>채팅에는 RunYour AI 키가 필요합니다. 설정 › API 키에서 추가하세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>RunYour AI rejected the key, so no model can be used. Enter a new key in Settings › API Keys. Your text is kept.</source>
        <translation>RunYour AI가 키를 거부해 모델을 사용할 수 없습니다. 설정 › API 키에서 새 키를 입력하세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The model list could not be loaded: no connection. Check the network and press Retry next to the model picker. Your text is kept.</source>
        <translation>인터넷에 연결되지 않아 모델 목록을 불러오지 못했습니다. 네트워크를 확인한 뒤 모델 선택 옆의 다시 시도를 누르세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The model list could not be loaded. Press Retry next to the model picker. Your text is kept.</source>
        <translation>모델 목록을 불러오지 못했습니다. 모델 선택 옆의 다시 시도를 누르세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>RunYour AI offers no models for this key. Type a model id in the picker or try again later. Your text is kept.</source>
        <translation>이 키로 쓸 수 있는 RunYour AI 모델이 없습니다. 모델 선택에서 모델 ID를 직접 입력하거나 나중에 다시 시도하세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The model list is still loading. Send again in a moment; your text is kept.</source>
        <translation>모델 목록을 아직 불러오는 중입니다. 잠시 후 다시 보내세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Choose a model in the picker above. Your text is kept.</source>
        <translation>위의 모델 선택에서 모델을 고르세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 is not a SajuDesk profiles file.</source>
        <translation>%1 파일은 SajuDesk 프로필 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk (format %2). Profiles are shown read-only; this version does not save or delete them.</source>
        <translation>%1 파일은 더 새로운 버전의 SajuDesk에서 저장되었습니다(형식 %2). 프로필은 읽기 전용으로 표시되며, 이 버전에서는 저장하거나 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SajuDesk; this version does not change it.</source>
        <translation>%1 파일은 더 새로운 버전의 SajuDesk에서 저장되었습니다. 이 버전에서는 파일을 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside, so nothing is saved over it. Move or delete it, then try again.</source>
        <translation>%1 파일이 손상되었는데 다른 이름으로 옮기지 못해, 그 위에 저장하지 않습니다. 파일을 옮기거나 삭제한 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>키체인이 응답하지 않습니다</translation>
    </message>
    <message>
        <source>%1 (QtKeychain error %2)</source>
        <translation>%1 (QtKeychain 오류 %2)</translation>
    </message>
</context>
<context>
    <name>RunYour</name>
    <message>
        <source>No model selected. Choose a model such as "openai/gpt-5.2" from the model list.</source>
        <translation>모델을 선택하지 않았습니다. 모델 목록에서 "openai/gpt-5.2" 같은 모델을 고르세요.</translation>
    </message>
    <message>
        <source>The model id "%1" has no provider prefix. RunYour AI needs "provider/model", for example "openai/gpt-5.2"; pick one from the model list.</source>
        <translation>모델 ID "%1"에 제공자 접두어가 없습니다. RunYour AI는 "openai/gpt-5.2"처럼 "제공자/모델" 형식이 필요합니다. 모델 목록에서 고르세요.</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>보낼 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>A message is too long (%1 characters; the limit is %2).</source>
        <translation>메시지가 너무 깁니다(%1자, 한도 %2자).</translation>
    </message>
    <message>
        <source>The prompt is empty. Type a question first.</source>
        <translation>입력한 내용이 없습니다. 먼저 질문을 입력하세요.</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 2.</source>
        <translation>온도(temperature)는 0~2 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The maximum number of tokens must be positive.</source>
        <translation>최대 토큰 수는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>The RunYour AI key does not start with "runyour-v1-"; it is sent as entered but will probably be rejected.</source>
        <translation>RunYour AI 키가 "runyour-v1-"로 시작하지 않습니다. 입력한 그대로 보내지만 거부될 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>No RunYour AI key is set.</source>
        <translation>RunYour AI 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Add your key in Settings (or set SAJUDESK_RUNYOUR_KEY for the command line).</source>
        <translation>설정에서 키를 추가하세요(명령줄에서는 SAJUDESK_RUNYOUR_KEY를 설정하세요).</translation>
    </message>
</context>
<context>
    <name>SajuApi</name>
    <message>
        <source>The Saju API key does not start with "bs_live_" or "bs_test_"; it is sent as entered but will probably be rejected.</source>
        <translation>Saju API 키가 "bs_live_" 또는 "bs_test_"로 시작하지 않습니다. 입력한 그대로 보내지만 거부될 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>No Saju API key is set.</source>
        <translation>Saju API 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Add your key in Settings (or set SAJUDESK_SAJU_KEY for the command line).</source>
        <translation>설정에서 키를 추가하세요(명령줄에서는 SAJUDESK_SAJU_KEY를 설정하세요).</translation>
    </message>
    <message>
        <source>Unknown fortune model "%1". Use haiku, sonnet or gpt4o.</source>
        <translation>알 수 없는 운세 모델 "%1"입니다. haiku, sonnet 또는 gpt4o를 사용하세요.</translation>
    </message>
    <message>
        <source>Enter a name for the fortune.</source>
        <translation>운세를 볼 사람의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>이름이 너무 깁니다(최대 %1자).</translation>
    </message>
    <message>
        <source>The four pillars are incomplete; calculate them from a birth date first.</source>
        <translation>사주가 완전하지 않습니다. 먼저 생년월일로 사주를 계산하세요.</translation>
    </message>
    <message>
        <source>The fortune date is not a valid date.</source>
        <translation>운세 날짜가 올바른 날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>SajuError</name>
    <message>
        <source>The birth date is empty.</source>
        <translation>생년월일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8 text.</source>
        <translation>입력이 올바른 UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>"%1" is not a birth date. Write YYYY-MM-DD or YYYY-MM-DD HH:MM, with L (lunar) or L! (leap lunar month) in front for a lunar date.</source>
        <translation>생년월일 형식이 아닙니다: "%1". YYYY-MM-DD 또는 YYYY-MM-DD HH:MM 형식으로 쓰고, 음력이면 앞에 L(음력) 또는 L!(윤달)을 붙이세요.</translation>
    </message>
    <message>
        <source>%1 does not exist in the calendar.</source>
        <translation>달력에 없는 날짜입니다: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid time of day (00:00 to 23:59).</source>
        <translation>올바른 시각이 아닙니다(00:00~23:59): %1</translation>
    </message>
    <message>
        <source>%1 is outside the supported range 1900-01-01 to 2100-12-31.</source>
        <translation>지원 범위(1900-01-01~2100-12-31)를 벗어난 날짜입니다: %1</translation>
    </message>
    <message>
        <source>The lunar date %1 is outside the Korean lunar table (1899-12-01 to 2050-11-18, solar 1900-01-01 to 2050-12-31).</source>
        <translation>한국 음력표 범위(음력 1899-12-01~2050-11-18, 양력 1900-01-01~2050-12-31)를 벗어난 음력 날짜입니다: %1</translation>
    </message>
    <message>
        <source>The lunar year has no leap month %1.</source>
        <translation>그해에는 윤%1월이 없습니다.</translation>
    </message>
    <message>
        <source>The lunar month is shorter: %1 does not exist.</source>
        <translation>그달은 작은달(29일)이라 없는 날짜입니다: %1</translation>
    </message>
    <message>
        <source>"%1" is not a longitude between -180 and 180 degrees.</source>
        <translation>-180도에서 180도 사이의 경도가 아닙니다: "%1"</translation>
    </message>
    <message>
        <source>Unknown city "%1".</source>
        <translation>알 수 없는 도시 "%1"입니다.</translation>
    </message>
    <message>
        <source>The Saju API response has no pillars.</source>
        <translation>Saju API 응답에 사주 기둥이 없습니다.</translation>
    </message>
    <message>
        <source>The Saju API gives the same pillars.</source>
        <translation>Saju API의 사주가 로컬 계산과 같습니다.</translation>
    </message>
    <message>
        <source>%1: local %2, API %3</source>
        <translation>%1: 로컬 %2, API %3</translation>
    </message>
    <message>
        <source>year pillar</source>
        <translation>연주</translation>
    </message>
    <message>
        <source>month pillar</source>
        <translation>월주</translation>
    </message>
    <message>
        <source>day pillar</source>
        <translation>일주</translation>
    </message>
    <message>
        <source>hour pillar</source>
        <translation>시주</translation>
    </message>
    <message>
        <source>The Saju API's %1 is unreadable.</source>
        <translation>Saju API 응답의 %1 값을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SajuFormat</name>
    <message>
        <source>%1° W</source>
        <comment>longitude west; Korean: 서경 %1°</comment>
        <translation>서경 %1°</translation>
    </message>
    <message>
        <source>%1° E</source>
        <comment>longitude east; Korean: 동경 %1°</comment>
        <translation>동경 %1°</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남자</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여자</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>시간 모름</translation>
    </message>
    <message>
        <source>Solar %1 %2</source>
        <translation>양력 %1 %2</translation>
    </message>
    <message>
        <source>Lunar %1 (leap month) %2</source>
        <translation>음력 %1(윤달) %2</translation>
    </message>
    <message>
        <source>Lunar %1 %2</source>
        <translation>음력 %1 %2</translation>
    </message>
    <message>
        <source>Split 야자시/조자시 (default)</source>
        <translation>야자시/조자시 구분(기본값)</translation>
    </message>
    <message>
        <source>Day changes at 23:00</source>
        <translation>23:00에 날짜 변경(정자시)</translation>
    </message>
    <message>
        <source>Day changes at midnight</source>
        <translation>자정에 날짜 변경</translation>
    </message>
    <message>
        <source>The day changes at 00:00; a birth at 23:00–23:59 keeps its day but takes the next day's 子-hour stem. Most Korean 만세력 do this.</source>
        <translation>날짜는 00:00에 바뀌고, 23:00~23:59 출생은 그날 일주에 다음 날 자시의 천간을 씁니다. 대부분의 한국 만세력이 따르는 방식입니다.</translation>
    </message>
    <message>
        <source>The day, and the 子 hour, change at 23:00 (정자시).</source>
        <translation>23:00에 날짜와 자시가 함께 바뀝니다(정자시).</translation>
    </message>
    <message>
        <source>The day changes at 00:00 and 23:00–23:59 keeps that day's stem.</source>
        <translation>날짜는 00:00에 바뀌고, 23:00~23:59 출생도 그날의 천간을 씁니다.</translation>
    </message>
    <message>
        <source>Round half up (default)</source>
        <translation>반올림(기본값)</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>버림</translation>
    </message>
    <message>
        <source>Days to the solar term ÷ 3, a remainder of 1.5 days or more counts as a year.</source>
        <translation>절입까지의 날수를 3으로 나누고, 나머지가 1.5일 이상이면 1년으로 올립니다.</translation>
    </message>
    <message>
        <source>Days to the solar term ÷ 3, the remainder dropped.</source>
        <translation>절입까지의 날수를 3으로 나누고 나머지는 버립니다.</translation>
    </message>
</context>
<context>
    <name>ServiceUrls</name>
    <message>
        <source>%1 is “%2”, which is not a usable http:// or https:// address (it needs that scheme and a host name). Correct it or remove it to use the default address.</source>
        <translation>%1 값이 사용할 수 없는 주소입니다: “%2”. http:// 또는 https:// 스킴과 호스트 이름이 필요합니다. 값을 고치거나, 지워서 기본 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The option %1</source>
        <translation>옵션 %1</translation>
    </message>
    <message>
        <source>The environment variable %1</source>
        <translation>환경 변수 %1</translation>
    </message>
    <message>
        <source>The setting %1</source>
        <translation>설정 %1</translation>
    </message>
</context>
<context>
    <name>StreamFallback</name>
    <message>
        <source>This Saju API key may not stream (HTTP %1); the whole fortune is fetched at once instead.</source>
        <translation>이 Saju API 키로는 스트리밍을 쓸 수 없습니다(HTTP %1). 대신 운세 전체를 한 번에 받아 옵니다.</translation>
    </message>
    <message>
        <source>The Saju API does not stream here (HTTP %1); the whole fortune is fetched at once instead.</source>
        <translation>이 주소의 Saju API는 스트리밍을 지원하지 않습니다(HTTP %1). 대신 운세 전체를 한 번에 받아 옵니다.</translation>
    </message>
    <message>
        <source>The fortune stream could not be read; the whole fortune is fetched at once instead.</source>
        <translation>운세 스트림을 읽을 수 없습니다. 대신 운세 전체를 한 번에 받아 옵니다.</translation>
    </message>
</context>
<context>
    <name>TenGod</name>
    <message>
        <source>Companion</source>
        <translation>비견</translation>
    </message>
    <message>
        <source>Rob Wealth</source>
        <translation>겁재</translation>
    </message>
    <message>
        <source>Eating God</source>
        <translation>식신</translation>
    </message>
    <message>
        <source>Hurting Officer</source>
        <translation>상관</translation>
    </message>
    <message>
        <source>Indirect Wealth</source>
        <translation>편재</translation>
    </message>
    <message>
        <source>Direct Wealth</source>
        <translation>정재</translation>
    </message>
    <message>
        <source>Indirect Officer</source>
        <translation>편관</translation>
    </message>
    <message>
        <source>Direct Officer</source>
        <translation>정관</translation>
    </message>
    <message>
        <source>Indirect Resource</source>
        <translation>편인</translation>
    </message>
    <message>
        <source>Direct Resource</source>
        <translation>정인</translation>
    </message>
</context>
<context>
    <name>TwelveStage</name>
    <message>
        <source>Growth</source>
        <translation>장생</translation>
    </message>
    <message>
        <source>Bath</source>
        <translation>목욕</translation>
    </message>
    <message>
        <source>Cap and Belt</source>
        <translation>관대</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>건록</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>제왕</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>쇠</translation>
    </message>
    <message>
        <source>Sickness</source>
        <translation>병</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>사</translation>
    </message>
    <message>
        <source>Tomb</source>
        <translation>묘</translation>
    </message>
    <message>
        <source>Severance</source>
        <translation>절</translation>
    </message>
    <message>
        <source>Conception</source>
        <translation>태</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>양</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Four pillars, daily fortune and LLM chat.</source>
        <translation>사주팔자, 오늘의 운세, LLM 채팅.</translation>
    </message>
    <message>
        <source>Start in demo mode: a built-in local server answers, no API keys needed.</source>
        <translation>데모 모드로 시작합니다. 내장 로컬 서버가 응답하므로 API 키가 필요 없습니다.</translation>
    </message>
    <message>
        <source>RunYour AI base URL (default %1).</source>
        <translation>RunYour AI 베이스 URL(기본값 %1).</translation>
    </message>
    <message>
        <source>Saju API base URL (default %1).</source>
        <translation>Saju API 베이스 URL(기본값 %1).</translation>
    </message>
    <message>
        <source>User interface language (ko or en); the choice is remembered.</source>
        <translation>사용자 인터페이스 언어(ko 또는 en). 선택한 언어는 기억됩니다.</translation>
    </message>
    <message>
        <source>Log each network request and other details on standard error.</source>
        <translation>네트워크 요청과 기타 세부 정보를 표준 오류에 기록합니다.</translation>
    </message>
</context>
<context>
    <name>sajudesk::AboutDialog</name>
    <message>
        <source>Copied. Paste it into your support request; it contains no API keys.</source>
        <translation>복사했습니다. 지원 요청에 붙여 넣으세요. API 키는 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>About SajuDesk</source>
        <translation>SajuDesk 정보</translation>
    </message>
    <message>
        <source>SajuDesk %1</source>
        <translation>SajuDesk %1</translation>
    </message>
    <message>
        <source>Four pillars (사주팔자), daily fortune and AI chat in one desktop app, in Korean and English.</source>
        <translation>사주팔자, 오늘의 운세, AI 채팅을 한국어와 영어로 쓰는 데스크톱 앱입니다.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Build date:</source>
        <translation>빌드 날짜:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>커밋:</translation>
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
        <translation>시스템:</translation>
    </message>
    <message>
        <source>Window system:</source>
        <translation>창 시스템:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>설정 파일:</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>캐시 폴더:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>not recorded (built outside a git checkout)</source>
        <translation>기록 없음(git 저장소 밖에서 빌드함)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1(Qt %2로 빌드)</translation>
    </message>
    <message>
        <source>in the system keychain (service “SajuDesk”), never in a file</source>
        <translation>시스템 키체인(서비스 이름 “SajuDesk”)에만 보관하며 파일에는 저장하지 않음</translation>
    </message>
    <message>
        <source>SajuDesk is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>SajuDesk는 자유 소프트웨어입니다. GNU 일반 공중 사용 허가서(GPL) 3판 또는 그 이후 판 가운데 원하는 판의 조건에 따라 배포하거나 수정할 수 있습니다. 어떠한 보증도 하지 않습니다.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>사용 허가서</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>문제 신고</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these details for a support request (labels in English, no API keys)</source>
        <translation>지원 요청에 쓸 수 있게 이 정보를 복사합니다(항목 이름은 영어, API 키 없음)</translation>
    </message>
</context>
<context>
    <name>sajudesk::AppServices</name>
    <message>
        <source>%1: demo key</source>
        <translation>%1: 데모 키</translation>
    </message>
    <message>
        <source>%1: key rejected</source>
        <translation>%1: 키 거부됨</translation>
    </message>
    <message>
        <source>%1: keychain</source>
        <translation>%1: 키체인</translation>
    </message>
    <message>
        <source>%1: this session only</source>
        <translation>%1: 이 세션만</translation>
    </message>
    <message>
        <source>%1: environment</source>
        <translation>%1: 환경 변수</translation>
    </message>
    <message>
        <source>%1: no key</source>
        <translation>%1: 키 없음</translation>
    </message>
    <message>
        <source>Keychain unavailable — keys kept for this session only</source>
        <translation>키체인 사용 불가 — 키를 이 세션에서만 보관함</translation>
    </message>
</context>
<context>
    <name>sajudesk::BirthForm</name>
    <message>
        <source>Lunar year %1 has a leap month after month %2 (윤%2월).</source>
        <translation>음력 %1년에는 윤%2월이 있습니다.</translation>
    </message>
    <message>
        <source>Lunar year %1 has no leap month.</source>
        <translation>음력 %1년에는 윤달이 없습니다.</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1시간 %2분 %3초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Day and hour pillars use the local mean time here (UTC%1), %2 behind Korean standard time (135° E).</source>
        <translation>일주와 시주는 이곳의 지방평균시(UTC%1)로 정합니다. 한국 표준시(동경 135°)보다 %2 늦습니다.</translation>
    </message>
    <message>
        <source>Day and hour pillars use the local mean time here (UTC%1), %2 ahead of Korean standard time (135° E).</source>
        <translation>일주와 시주는 이곳의 지방평균시(UTC%1)로 정합니다. 한국 표준시(동경 135°)보다 %2 빠릅니다.</translation>
    </message>
    <message>
        <source>Enter a name: the fortune is written for this person.</source>
        <translation>이름을 입력하세요. 운세는 이 사람을 위해 작성됩니다.</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>출생 정보</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>성별:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>양력/음력:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>생년월일(&amp;D):</translation>
    </message>
    <message>
        <source>Birth &amp;time:</source>
        <translation>태어난 시각(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Birthplace:</source>
        <translation>출생지(&amp;B):</translation>
    </message>
    <message>
        <source>Longitud&amp;e:</source>
        <translation>경도(&amp;E):</translation>
    </message>
    <message>
        <source>子 hour &amp;rule:</source>
        <translation>자시 규칙(&amp;R):</translation>
    </message>
    <message>
        <source>Luck start age:</source>
        <translation>대운수 계산:</translation>
    </message>
    <message>
        <source>e.g. 이서준</source>
        <translation>예: 이서준</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남자</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여자</translation>
    </message>
    <message>
        <source>Gender decides the direction of the luck pillars (대운)</source>
        <translation>성별에 따라 대운의 방향(순행/역행)이 정해집니다</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>양력</translation>
    </message>
    <message>
        <source>L&amp;unar</source>
        <translation>음력(&amp;U)</translation>
    </message>
    <message>
        <source>Leap &amp;month</source>
        <translation>윤달(&amp;M)</translation>
    </message>
    <message>
        <source>Only for a lunar year that has a leap month after this month</source>
        <translation>그해에 이달의 윤달이 있을 때만 고를 수 있습니다</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Solar 1900–2100, lunar 1900–2050</source>
        <translation>양력 1900~2100년, 음력 1900~2050년</translation>
    </message>
    <message>
        <source>Birth time</source>
        <translation>태어난 시각</translation>
    </message>
    <message>
        <source>The time written on the birth record (daylight saving time, if it was in force, included)</source>
        <translation>출생신고서에 적힌 시각 그대로(서머타임 기간이면 서머타임 시각)</translation>
    </message>
    <message>
        <source>Time un&amp;known</source>
        <translation>시간 모름(&amp;K)</translation>
    </message>
    <message>
        <source>Without the time there is no hour pillar (three pillars only)</source>
        <translation>시간을 모르면 시주 없이 삼주만 계산합니다</translation>
    </message>
    <message>
        <source>Other place (enter the longitude)</source>
        <translation>기타 지역(경도 입력)</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>출생지</translation>
    </message>
    <message>
        <source>Used for the local mean time of the day and hour pillars</source>
        <translation>일주와 시주의 지방평균시 계산에 씁니다</translation>
    </message>
    <message>
        <source>Birthplace longitude, degrees east</source>
        <translation>출생지 경도(동경, 도 단위)</translation>
    </message>
    <message>
        <source>子 hour rule</source>
        <translation>자시 규칙</translation>
    </message>
    <message>
        <source>Rounding of the luck start age (대운수)</source>
        <translation>대운수 계산 방식</translation>
    </message>
</context>
<context>
    <name>sajudesk::BoundaryView</name>
    <message numerus="yes">
        <source>The birth is %n second(s) before the solar term %1 begins (%2 Korean time).</source>
        <translation><numerusform>출생 시각이 절기 %1의 시작(한국 시각 %2)보다 %n초 앞섭니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) after the solar term %1 begins (%2 Korean time).</source>
        <translation><numerusform>출생 시각이 절기 %1의 시작(한국 시각 %2)보다 %n초 늦습니다.</numerusform></translation>
    </message>
    <message>
        <source>A clock off by a minute or two changes the year or month pillar and the 대운, so both charts are shown.</source>
        <translation>시계가 1~2분만 달라도 연주나 월주, 대운이 바뀌므로 두 사주를 함께 보여 드립니다.</translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) before the hour changes (%1, local mean time %2).</source>
        <translation><numerusform>출생 시각이 시주가 바뀌는 시각(%1, 지방평균시 %2)보다 %n초 앞섭니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) after the hour changes (%1, local mean time %2).</source>
        <translation><numerusform>출생 시각이 시주가 바뀌는 시각(%1, 지방평균시 %2)보다 %n초 늦습니다.</numerusform></translation>
    </message>
    <message>
        <source>A minute or two changes the hour pillar, so both charts are shown.</source>
        <translation>1~2분 차이로 시주가 바뀌므로 두 사주를 함께 보여 드립니다.</translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) before the day changes at 00:00 local mean time.</source>
        <translation><numerusform>출생 시각이 지방평균시 00:00의 날짜 변경보다 %n초 앞섭니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The birth is %n second(s) after the day changes at 00:00 local mean time.</source>
        <translation><numerusform>출생 시각이 지방평균시 00:00의 날짜 변경보다 %n초 늦습니다.</numerusform></translation>
    </message>
    <message>
        <source>A minute or two changes the day pillar, so both charts are shown.</source>
        <translation>1~2분 차이로 일주가 바뀌므로 두 사주를 함께 보여 드립니다.</translation>
    </message>
    <message>
        <source>The birth time is unknown and the solar term %1 begins on this day at %2 Korean time: the year and month pillars depend on whether the birth was before it. Enter the birth time to decide.</source>
        <translation>태어난 시각을 모르는데 이날 한국 시각 %2에 %1 절입이 있습니다. 절입 전에 태어났는지에 따라 연주와 월주가 달라지므로, 시각을 입력하면 하나로 정해집니다.</translation>
    </message>
    <message>
        <source>If born before %1 (shown above)</source>
        <translation>%1 전에 태어났다면(위 사주)</translation>
    </message>
    <message>
        <source>If born at or after %1 (shown above)</source>
        <translation>%1 시각이나 그 이후에 태어났다면(위 사주)</translation>
    </message>
    <message>
        <source>If born at or after %1</source>
        <translation>%1 시각이나 그 이후에 태어났다면</translation>
    </message>
    <message>
        <source>If born before %1</source>
        <translation>%1 전에 태어났다면</translation>
    </message>
    <message>
        <source>As entered (shown above)</source>
        <translation>입력한 시각(위 사주)</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>%1에 태어났다면</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChartView</name>
    <message>
        <source>Enter a valid birth date and the chart appears here.</source>
        <translation>올바른 생년월일을 입력하면 여기에 사주 원국이 나옵니다.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>solar %1</source>
        <translation>양력 %1</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>시주</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월주</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연주</translation>
    </message>
    <message>
        <source>Birth time unknown: no hour pillar</source>
        <translation>태어난 시각을 몰라 시주가 없습니다</translation>
    </message>
    <message>
        <source>Day master</source>
        <translation>일간</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>공망</translation>
    </message>
    <message>
        <source>Day master: %1 (%2), element %3</source>
        <translation>일간: %1(%2), 오행 %3</translation>
    </message>
    <message>
        <source>Void (공망): %1 (%2)</source>
        <translation>공망: %1(%2)</translation>
    </message>
    <message>
        <source>Calculated for UTC %1 and local mean time %2 at %3.</source>
        <translation>계산 기준: UTC %1, %3의 지방평균시 %2</translation>
    </message>
    <message>
        <source>Birth time unknown: year and month are read at 12:00 civil time (UTC %1); no hour pillar.</source>
        <translation>시간 모름: 연주와 월주는 한국 시각 정오(UTC %1) 기준으로 정했고, 시주는 없습니다.</translation>
    </message>
    <message>
        <source>This clock time never existed in Korea (clocks jumped forward for daylight saving or a time zone change); it was moved forward past the gap.</source>
        <translation>이 시각은 한국에 존재하지 않았습니다(서머타임이나 시간대 변경으로 시계를 앞당김). 건너뛴 구간 뒤의 시각으로 옮겨 계산했습니다.</translation>
    </message>
    <message>
        <source>This clock time happened twice in Korea (clocks were turned back); the earlier of the two was used.</source>
        <translation>이 시각은 한국에서 두 번 있었습니다(시계를 되돌림). 둘 중 앞선 시각으로 계산했습니다.</translation>
    </message>
    <message>
        <source>Before 1908-04-01 Korean clocks kept Seoul local mean time; the time was read that way.</source>
        <translation>1908-04-01 이전의 한국 시계는 서울 지방평균시를 따랐으므로 그 기준으로 시각을 읽었습니다.</translation>
    </message>
    <message>
        <source>Ten god</source>
        <translation>십성</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>천간</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>지지</translation>
    </message>
    <message>
        <source>Hidden stems</source>
        <translation>지장간</translation>
    </message>
    <message>
        <source>12 stages</source>
        <translation>12운성</translation>
    </message>
    <message>
        <source>Five elements</source>
        <translation>오행</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>Save this chart as text, JSON, an image or a PDF</source>
        <translation>이 사주를 텍스트, JSON, 그림, PDF로 저장합니다</translation>
    </message>
    <message>
        <source>Text (Hanja and Hangul)…</source>
        <translation>텍스트(한자·한글)…</translation>
    </message>
    <message>
        <source>JSON (chart and settings)…</source>
        <translation>JSON(사주와 설정)…</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>그림(PNG)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>인쇄(&amp;I)…</translation>
    </message>
    <message>
        <source>Print this chart</source>
        <translation>이 사주를 인쇄합니다</translation>
    </message>
    <message>
        <source>Four pillars</source>
        <translation>사주 원국</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatController</name>
    <message>
        <source>The chat service is not available.</source>
        <translation>채팅 서비스를 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatDefaultsPage</name>
    <message>
        <source>New conversations start with these settings; each conversation can change its own above the transcript. The model is the one chosen in the toolbar.</source>
        <translation>새 대화는 이 설정으로 시작합니다. 대화마다 대화 내용 위에서 따로 바꿀 수 있습니다. 모델은 도구 모음에서 고른 모델을 씁니다.</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>시스템 프롬프트:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>온도(temperature):</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>최대 토큰:</translation>
    </message>
    <message>
        <source>Stream answers as they are written</source>
        <translation>답변을 작성되는 대로 표시(스트리밍)</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatInput</name>
    <message>
        <source>Send with Ctrl+Enter (Enter adds a line)</source>
        <translation>Ctrl+Enter로 보내기(Enter는 줄 바꿈)</translation>
    </message>
</context>
<context>
    <name>sajudesk::ChatPane</name>
    <message>
        <source>Ask anything… (Ctrl+Enter to send)</source>
        <translation>무엇이든 물어보세요… (Ctrl+Enter로 보내기)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>대화를 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Chat needs a RunYour AI key. Your text is kept.</source>
        <translation>채팅에는 RunYour AI 키가 필요합니다. 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>The answer was interrupted: %1</source>
        <translation>답변이 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is back in the input box.</source>
        <translation>보내지 못했습니다: %1 입력한 내용은 입력란에 되돌려 놓았습니다.</translation>
    </message>
    <message>
        <source>Stopped before an answer arrived. Your text is back in the input box.</source>
        <translation>답변이 오기 전에 중지했습니다. 입력한 내용은 입력란에 되돌려 놓았습니다.</translation>
    </message>
    <message>
        <source>Stopped. The partial answer is kept.</source>
        <translation>중지했습니다. 받은 부분 답변은 보관합니다.</translation>
    </message>
    <message>
        <source>Chat is not connected to any service.</source>
        <translation>채팅 서비스에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Chat needs a RunYour AI API key (runyour-v1-…). Add it in Settings › API Keys, or try demo mode with sample answers.</source>
        <translation>채팅에는 RunYour AI API 키(runyour-v1-…)가 필요합니다. 설정 › API 키에서 추가하거나, 샘플 답변을 주는 데모 모드를 사용해 보세요.</translation>
    </message>
    <message>
        <source>RunYour AI rejected the key. Enter a new key in Settings › API Keys.</source>
        <translation>RunYour AI가 키를 거부했습니다. 설정 › API 키에서 새 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>답변 중지(Esc)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>대화 내용</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Ask for this answer again</source>
        <translation>이 답변을 다시 요청</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>답변을 기다리는 중</translation>
    </message>
    <message>
        <source>Edit and Resend</source>
        <translation>고쳐서 다시 보내기</translation>
    </message>
    <message>
        <source>Sending the edited message removes the messages after it. Continue?</source>
        <translation>고친 메시지를 보내면 그 뒤의 메시지가 삭제됩니다. 계속하시겠습니까?</translation>
    </message>
    <message>
        <source>Stopped. The answer is as it was.</source>
        <translation>중지했습니다. 답변은 이전 그대로입니다.</translation>
    </message>
    <message>
        <source>No new answer: %1 The earlier answer is unchanged.</source>
        <translation>새 답변을 받지 못했습니다: %1 이전 답변은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>메시지를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter adds a line · right-click the box to change</source>
        <translation>Ctrl+Enter로 보내기 · Enter로 줄 바꿈 · 입력란을 오른쪽 클릭해 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter adds a line · right-click the box to change</source>
        <translation>Enter로 보내기 · Shift+Enter로 줄 바꿈 · 입력란을 오른쪽 클릭해 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>Ask anything… (Enter to send)</source>
        <translation>무엇이든 물어보세요… (Enter로 보내기)</translation>
    </message>
    <message>
        <source>Send the message (%1)</source>
        <translation>메시지 보내기(%1)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>이어서 쓰기</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the answer stopped</source>
        <translation>답변이 멈춘 곳부터 이어서 쓰도록 모델에 요청합니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Editing a message: sending replaces it and the answers after it.</source>
        <translation>메시지를 고치는 중입니다. 보내면 이 메시지와 그 뒤의 답변을 바꿉니다.</translation>
    </message>
    <message>
        <source>Cancel Edit</source>
        <translation>고치기 취소</translation>
    </message>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk and can only be read here. Start a new conversation to continue.</source>
        <translation>이 대화는 더 새로운 버전의 SajuDesk에서 저장되어 여기서는 읽기만 할 수 있습니다. 이어서 대화하려면 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk and can only be read here.</source>
        <translation>이 대화는 더 새로운 버전의 SajuDesk에서 저장되어 여기서는 읽기만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Saved: the conversation is on disk again.</source>
        <translation>저장했습니다. 대화가 다시 디스크에 기록되었습니다.</translation>
    </message>
    <message>
        <source>Open it with the newer SajuDesk to continue it; this version only shows it.</source>
        <translation>이어서 대화하려면 새 버전의 SajuDesk에서 여세요. 이 버전에서는 보기만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Free some disk space, or check that the folder can be written to. SajuDesk saves the conversation again on its own.</source>
        <translation>디스크 공간을 확보하거나 폴더에 쓸 수 있는지 확인하세요. SajuDesk가 대화를 자동으로 다시 저장합니다.</translation>
    </message>
    <message>
        <source>Could not change the pin: %1</source>
        <translation>고정 상태를 바꾸지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A conversation that is answering cannot be deleted. Stop the answer first.</source>
        <translation>답변 중인 대화는 삭제할 수 없습니다. 먼저 답변을 중지하세요.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” 삭제됨</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversations</source>
        <translation><numerusform>대화 %n개 삭제됨</numerusform></translation>
    </message>
    <message>
        <source>Some conversations could not be restored: %1</source>
        <translation>일부 대화를 되돌리지 못했습니다: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: send a message first.</source>
        <translation>아직 내보낼 내용이 없습니다. 먼저 메시지를 보내세요.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화 목록</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation><numerusform>대화 %n개를 %1에 내보냈습니다.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>가져온 대화가 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation><numerusform>대화 %n개를 가져왔습니다.</numerusform></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>제외됨: %1</translation>
    </message>
    <message>
        <source>Suggest Title asks the chat model, which needs a RunYour AI key. Add one in Settings.</source>
        <translation>제목 추천은 채팅 모델에 요청하므로 RunYour AI 키가 필요합니다. 설정에서 키를 추가하세요.</translation>
    </message>
    <message>
        <source>Suggest Title needs a chat model. Pick one in the toolbar first.</source>
        <translation>제목 추천에는 채팅 모델이 필요합니다. 먼저 도구 모음에서 모델을 고르세요.</translation>
    </message>
    <message>
        <source>There is nothing to name yet: send a message first.</source>
        <translation>아직 제목을 붙일 내용이 없습니다. 먼저 메시지를 보내세요.</translation>
    </message>
    <message>
        <source>Asking %1 for a title…</source>
        <translation>%1에 제목을 요청하는 중…</translation>
    </message>
    <message>
        <source>The model gave no usable title. Try again, or rename it yourself (F2).</source>
        <translation>모델이 쓸 만한 제목을 주지 않았습니다. 다시 시도하거나 직접 이름을 바꾸세요(F2).</translation>
    </message>
    <message>
        <source>The title could not be saved: %1</source>
        <translation>제목을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>New title: %1</source>
        <translation>새 제목: %1</translation>
    </message>
    <message>
        <source>No title suggested: %1</source>
        <translation>제목을 추천받지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Reading your API key…</source>
        <translation>API 키를 읽는 중입니다…</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationLibrary</name>
    <message>
        <source>This conversation was saved by a newer version of SajuDesk; it can be read here but not changed.</source>
        <translation>이 대화는 더 새로운 버전의 SajuDesk에서 저장되었습니다. 여기서 읽을 수는 있지만 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <source>The conversation no longer exists or could not be read.</source>
        <translation>대화가 더 이상 없거나 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to export: the conversations could not be read.</source>
        <translation>내보낼 것이 없습니다. 대화를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationList</name>
    <message>
        <source>New</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>새 대화 시작(Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화 목록</translation>
    </message>
    <message>
        <source>Export Conversations</source>
        <translation>대화 내보내기</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>대화 가져오기</translation>
    </message>
    <message>
        <source>Conversations (*.json);;All files (*)</source>
        <translation>대화 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>Search titles and messages (Ctrl+F); Esc clears</source>
        <translation>제목과 메시지를 검색합니다(Ctrl+F). Esc를 누르면 지웁니다</translation>
    </message>
    <message>
        <source>Delete the selected conversations (Delete); Undo brings them back</source>
        <translation>선택한 대화를 삭제합니다(Delete). 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>가져오기 및 내보내기</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>대화 이름 바꾸기	F2</translation>
    </message>
    <message>
        <source>Suggest Title</source>
        <translation>제목 추천</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown으로 내보내기…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON으로 내보내기…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>삭제	Del</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>지난 7일</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>이전</translation>
    </message>
</context>
<context>
    <name>sajudesk::ConversationSettingsBar</name>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>no model yet</source>
        <translation>모델 미선택</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>온도 %1</translation>
    </message>
    <message>
        <source>temperature: default</source>
        <translation>온도: 기본값</translation>
    </message>
    <message>
        <source>max %1 tokens</source>
        <translation>최대 %1토큰</translation>
    </message>
    <message>
        <source>max tokens: default</source>
        <translation>최대 토큰: 기본값</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>스트리밍</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>스트리밍 끔</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>프리셋…</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>프리셋으로 저장</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>프리셋 이름:</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>대화 설정</translation>
    </message>
    <message>
        <source>System prompt, temperature, max tokens and streaming of this conversation</source>
        <translation>이 대화의 시스템 프롬프트, 온도, 최대 토큰, 스트리밍</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>시스템 프롬프트:</translation>
    </message>
    <message>
        <source>Instructions sent before every message of this conversation (optional)</source>
        <translation>이 대화의 모든 메시지 앞에 보내는 지시문(선택 사항)</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>프리셋으로 저장…</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>프리셋 삭제</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>온도(temperature):</translation>
    </message>
    <message>
        <source>0 = focused, 2 = most varied. Default: the model's own setting.</source>
        <translation>0은 일관된 답변, 2는 가장 다양한 답변입니다. 기본값은 모델 자체 설정을 따릅니다.</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>최대 토큰:</translation>
    </message>
    <message>
        <source>Longest answer, in tokens. Default: the model's own limit.</source>
        <translation>답변의 최대 길이(토큰)입니다. 기본값은 모델 자체 한도를 따릅니다.</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>스트리밍 사용</translation>
    </message>
    <message>
        <source>Show the answer as it is written</source>
        <translation>답변을 작성되는 대로 표시합니다</translation>
    </message>
    <message>
        <source>Model of this conversation: click to choose another</source>
        <translation>이 대화의 모델입니다. 눌러서 다른 모델을 고르세요</translation>
    </message>
    <message>
        <source>Conversation model</source>
        <translation>대화 모델</translation>
    </message>
</context>
<context>
    <name>sajudesk::ElementBars</name>
    <message>
        <source>Five elements</source>
        <translation>오행</translation>
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
        <translation>복사했습니다. 지원 요청에 붙여 넣으세요. API 키는 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Copy for Support</source>
        <translation>지원용으로 복사</translation>
    </message>
    <message>
        <source>Copy a report of the selected problem without any API key</source>
        <translation>선택한 문제의 보고서를 API 키 없이 복사합니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>요청 ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 상태</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>재시도 대기</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n초</numerusform></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>문제 상세 정보</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>보고서를 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no API keys.</source>
        <translation>보고서를 %1에 저장했습니다. API 키는 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is %1</source>
        <translation>웹 브라우저를 열 수 없습니다. 주소: %1</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>보고서 저장…</translation>
    </message>
    <message>
        <source>Save a report of the selected problem to a file, without any API key</source>
        <translation>선택한 문제의 보고서를 파일로 저장합니다(API 키는 들어가지 않음)</translation>
    </message>
    <message>
        <source>Open API Keys…</source>
        <translation>API 키 열기…</translation>
    </message>
    <message>
        <source>Open Saju API Dashboard</source>
        <translation>Saju API 대시보드 열기</translation>
    </message>
    <message>
        <source>Open RunYour Credit Guide</source>
        <translation>RunYour 크레딧 안내 열기</translation>
    </message>
    <message>
        <source>Switch Model</source>
        <translation>모델 바꾸기</translation>
    </message>
    <message>
        <source>Go to Field</source>
        <translation>입력란으로 이동</translation>
    </message>
    <message>
        <source>Open Status Page</source>
        <translation>상태 페이지 열기</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1(서버: %2)</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>발생한 문제</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>서버 메시지</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Server code</source>
        <translation>서버 코드</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>발생 횟수</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation><numerusform>%n회</numerusform></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>마지막 발생</translation>
    </message>
</context>
<context>
    <name>sajudesk::FortuneControls</name>
    <message>
        <source>Correct the birth data above to get a fortune.</source>
        <translation>운세를 보려면 위의 출생 정보를 바르게 고치세요.</translation>
    </message>
    <message>
        <source>Enter a name to get a fortune: it is written for that person.</source>
        <translation>운세를 보려면 이름을 입력하세요. 운세는 그 사람을 위해 작성됩니다.</translation>
    </message>
    <message>
        <source>Daily Fortune</source>
        <translation>오늘의 운세</translation>
    </message>
    <message>
        <source>Fortune d&amp;ate:</source>
        <translation>운세 날짜(&amp;A):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Fortune date</source>
        <translation>운세 날짜</translation>
    </message>
    <message>
        <source>The day the fortune is for (Korean date)</source>
        <translation>운세를 볼 날짜(한국 날짜)</translation>
    </message>
    <message>
        <source>Fortune &amp;only (cheaper)</source>
        <translation>오늘의 운세만 — 더 저렴(&amp;O)</translation>
    </message>
    <message>
        <source>Ask only for today's fortune, without character and tendency</source>
        <translation>성격과 투자 성향 없이 오늘의 운세만 요청합니다</translation>
    </message>
    <message>
        <source>&amp;Get Fortune</source>
        <translation>운세 보기(&amp;G)</translation>
    </message>
    <message>
        <source>Ask the Saju API for the daily fortune of this saju</source>
        <translation>Saju API에 이 사주의 오늘 운세를 요청합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Discuss in &amp;Chat</source>
        <translation>채팅에서 상담(&amp;C)</translation>
    </message>
    <message>
        <source>Start a chat conversation about this saju and its fortune</source>
        <translation>이 사주와 운세에 대해 새 채팅을 시작합니다</translation>
    </message>
</context>
<context>
    <name>sajudesk::FortuneView</name>
    <message>
        <source>The daily fortune service is not connected. The saju chart works without the internet.</source>
        <translation>오늘의 운세 서비스에 연결되어 있지 않습니다. 사주 원국은 인터넷 없이도 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The daily fortune needs a Saju API key (bs_live_… or bs_test_…). The saju chart works without one.</source>
        <translation>오늘의 운세를 보려면 Saju API 키(bs_live_… 또는 bs_test_…)가 필요합니다. 사주 원국은 키 없이도 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The Saju API rejected the key. Enter a new key in Settings › API Keys.</source>
        <translation>Saju API가 키를 거부했습니다. 설정 › API 키에서 새 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>요청 %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>모델 %1</translation>
    </message>
    <message>
        <source>from the service's cache</source>
        <translation>서비스 캐시에서 받음</translation>
    </message>
    <message>
        <source>cost $%1</source>
        <translation>비용 $%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>computed with: %1, %2, %3, SajuDesk %4</source>
        <translation>계산 조건: %1, %2, %3, SajuDesk %4</translation>
    </message>
    <message>
        <source>daylight saving time removed</source>
        <translation>서머타임 보정함</translation>
    </message>
    <message>
        <source>no daylight saving time</source>
        <translation>서머타임 없음</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Cancelled. The parts received are kept.</source>
        <translation>취소했습니다. 받은 부분은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>No fortune: %1</source>
        <translation>운세를 받지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The fortune is incomplete: %1</source>
        <translation>운세를 다 받지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The service answered, but the answer had no fortune in it.</source>
        <translation>서비스가 응답했지만 응답에 운세가 없습니다.</translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation>위험 감수 성향</translation>
    </message>
    <message>
        <source>Long-term aptitude</source>
        <translation>장기 투자 적성</translation>
    </message>
    <message>
        <source>Trend sensitivity</source>
        <translation>추세 민감도</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>강점</translation>
    </message>
    <message>
        <source>Weakness: %1</source>
        <translation>약점: %1</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>주의: %1</translation>
    </message>
    <message>
        <source>Things to do today</source>
        <translation>오늘 할 일</translation>
    </message>
    <message>
        <source>Lacking element: %1</source>
        <translation>부족한 오행: %1</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>성격</translation>
    </message>
    <message>
        <source>Investment Tendency</source>
        <translation>투자 성향</translation>
    </message>
    <message>
        <source>Today's Fortune</source>
        <translation>오늘의 운세</translation>
    </message>
    <message>
        <source>More from the service</source>
        <translation>서비스가 보낸 다른 정보</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 받기</translation>
    </message>
    <message>
        <source>Ask the Saju API again for this fortune (a new, billed request)</source>
        <translation>Saju API에 이 운세를 다시 요청합니다(새 요청으로 요금이 부과됩니다)</translation>
    </message>
    <message>
        <source>Fortune text</source>
        <translation>운세 본문</translation>
    </message>
    <message>
        <source>Waiting for the fortune</source>
        <translation>운세를 기다리는 중</translation>
    </message>
    <message>
        <source>Fill in the birth data and a name, then choose Get Fortune.</source>
        <translation>출생 정보와 이름을 입력한 뒤 ‘운세 보기’를 누르세요.</translation>
    </message>
</context>
<context>
    <name>sajudesk::GlyphTile</name>
    <message>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
</context>
<context>
    <name>sajudesk::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용 설명서(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SajuDesk</source>
        <translation>SajuDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>sajudesk::HelpDialog</name>
    <message>
        <source>This part of the guide is missing: %1</source>
        <translation>설명서에 이 부분이 없습니다: %1</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is %1</source>
        <translation>웹 브라우저를 열 수 없습니다. 주소: %1</translation>
    </message>
    <message>
        <source>“%1” is not in the guide.</source>
        <translation>설명서에서 찾지 못했습니다: “%1”</translation>
    </message>
    <message>
        <source>SajuDesk User Guide</source>
        <translation>SajuDesk 사용 설명서</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용 설명서</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>설명서에서 찾기(%1)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>설명서에서 찾기</translation>
    </message>
</context>
<context>
    <name>sajudesk::KeyNotice</name>
    <message>
        <source>Open API Keys…</source>
        <translation>API 키 설정 열기…</translation>
    </message>
    <message>
        <source>Settings › API Keys</source>
        <translation>설정 › API 키</translation>
    </message>
    <message>
        <source>Try Demo Mode</source>
        <translation>데모 모드 사용해 보기</translation>
    </message>
    <message>
        <source>Use a built-in offline server with sample answers; no key needed</source>
        <translation>샘플 답변을 주는 내장 오프라인 서버를 사용합니다. 키가 필요 없습니다</translation>
    </message>
</context>
<context>
    <name>sajudesk::KeyboardPath</name>
    <message>
        <source>Choose the Chat &amp;Model</source>
        <translation>채팅 모델 선택(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the Latest Problem for &amp;Support</source>
        <translation>최근 문제를 지원용으로 복사(&amp;S)</translation>
    </message>
    <message>
        <source>There is no problem to copy.</source>
        <translation>복사할 문제가 없습니다.</translation>
    </message>
    <message>
        <source>The report of the latest problem is on the clipboard.</source>
        <translation>최근 문제의 보고서를 클립보드에 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>sajudesk::KeysPage</name>
    <message>
        <source>SajuDesk keeps your API keys in the system keychain. They are never written to settings files or logs.</source>
        <translation>SajuDesk는 API 키를 시스템 키체인에 보관합니다. 키는 설정 파일이나 로그에 절대 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Working with the keychain</source>
        <translation>키체인 작업 중</translation>
    </message>
    <message>
        <source>New %1 key</source>
        <translation>새 %1 키</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show or hide the typed key</source>
        <translation>입력한 키 보기/숨기기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>키 테스트</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>사용 중:</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>새 키:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Save this key anyway?</source>
        <translation>그래도 이 키를 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Unusual key format</source>
        <translation>일반적이지 않은 키 형식</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>키 제거</translation>
    </message>
    <message>
        <source>Remove the %1 key? SajuDesk stops using it and deletes it from the system keychain.</source>
        <translation>%1 키를 제거하시겠습니까? SajuDesk가 이 키를 더 이상 사용하지 않으며 시스템 키체인에서 삭제합니다.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>제거 중…</translation>
    </message>
    <message>
        <source>There is no key to test. Type one above or save one first.</source>
        <translation>테스트할 키가 없습니다. 위에 키를 입력하거나 먼저 키를 저장하세요.</translation>
    </message>
    <message>
        <source>Testing keys is not available here.</source>
        <translation>여기서는 키를 테스트할 수 없습니다.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>키를 테스트하는 중…</translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation>키가 정상입니다. %1에서 확인되었습니다.</translation>
    </message>
    <message>
        <source>The test request failed.</source>
        <translation>테스트 요청에 실패했습니다.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>테스트 실패: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>저장된 키가 없습니다.</translation>
    </message>
    <message>
        <source>Rejected by the server: enter a new key.</source>
        <translation>서버가 거부했습니다. 새 키를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>sajudesk::LuckStrip</name>
    <message>
        <source>Choose a gender in the form to see the luck pillars (대운): it decides their direction.</source>
        <translation>대운을 보려면 성별을 고르세요. 성별에 따라 대운의 방향이 정해집니다.</translation>
    </message>
    <message>
        <source>No luck pillars (대운): the solar term they start from lies outside 1900–2100.</source>
        <translation>대운을 계산할 수 없습니다. 기준이 되는 절기가 1900~2100년 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Direction %1, start age (대운수) %2: the first begins %3 y %4 m %5 d after birth (%6).</source>
        <translation>%1, 대운수 %2: 첫 대운은 출생 후 %3년 %4개월 %5일(%6)에 시작합니다.</translation>
    </message>
    <message>
        <source>Birth time unknown: measured from 12:00.</source>
        <translation>시간을 몰라 정오를 기준으로 셌습니다.</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1세</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1년부터</translation>
    </message>
    <message>
        <source>From %1 (立春)</source>
        <translation>%1부터(입춘)</translation>
    </message>
    <message>
        <source>Monthly luck (월운) of %1, each month from its solar term</source>
        <translation>%1년 월운(각 달은 절입일부터)</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1월</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>%1부터(%2)</translation>
    </message>
    <message>
        <source>Luck pillars (대운), ten years each</source>
        <translation>대운(10년 단위)</translation>
    </message>
    <message>
        <source>Yearly luck (세운): choose a year to see its months</source>
        <translation>세운: 해를 고르면 그해의 월운이 나옵니다</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>Show the yearly and monthly luck of the current year</source>
        <translation>올해의 세운과 월운을 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>sajudesk::MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Saju &amp;&amp; Fortune</source>
        <translation>사주 &amp;&amp; 운세</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>새 채팅(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>API &amp;Keys…</source>
        <translation>API 키(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>채팅(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Saju &amp;&amp; Fortune</source>
        <translation>사주 &amp;&amp; 운세(&amp;S)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>%1 rejected the key. Enter a new one in Settings › API Keys.</source>
        <translation>%1가 키를 거부했습니다. 설정 › API 키에서 새 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Demo mode — sample answers from a built-in server</source>
        <translation>데모 모드 — 내장 서버의 샘플 답변</translation>
    </message>
    <message>
        <source>Saju API: %1 of %2 requests left</source>
        <translation>Saju API: 요청 %2회 중 %1회 남음</translation>
    </message>
    <message>
        <source>Saju API: %1 requests left</source>
        <translation>Saju API: 요청 %1회 남음</translation>
    </message>
    <message>
        <source>Keys cannot be set: the app started without its services.</source>
        <translation>앱이 서비스 없이 시작되어 키를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Demo mode could not start: no local port is free.</source>
        <translation>데모 모드를 시작할 수 없습니다. 사용 가능한 로컬 포트가 없습니다.</translation>
    </message>
    <message>
        <source>Try &amp;Demo Mode</source>
        <translation>데모 모드 사용해 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Use a built-in offline server with sample answers; no key needed</source>
        <translation>샘플 답변을 주는 내장 오프라인 서버를 사용합니다. 키가 필요 없습니다</translation>
    </message>
    <message>
        <source>&amp;Reload Chat Models</source>
        <translation>채팅 모델 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>데모 모드</translation>
    </message>
    <message>
        <source>Unsaved Conversation</source>
        <translation>저장하지 못한 대화</translation>
    </message>
    <message>
        <source>Some of the conversation could not be saved:
%1

If you quit now, the unsaved text is lost. SajuDesk keeps trying to save it while it stays open.</source>
        <translation>대화 일부를 저장하지 못했습니다.
%1

지금 종료하면 저장하지 못한 글이 사라집니다. 열어 두면 SajuDesk가 계속 저장을 시도합니다.</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>그래도 종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>열어 두기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>대화 검색(&amp;S)</translation>
    </message>
</context>
<context>
    <name>sajudesk::MessageActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>마크다운으로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>고쳐서 다시 보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>다시 생성(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>이전 버전(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>다음 버전(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>이어서 쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>sajudesk::MiniChart</name>
    <message>
        <source>Hour</source>
        <translation>시주</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월주</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연주</translation>
    </message>
    <message>
        <source>Differs between the two charts</source>
        <translation>두 사주에서 다른 기둥입니다</translation>
    </message>
    <message>
        <source>Luck pillars from age %1 (%2)</source>
        <translation>대운수 %1(%2)</translation>
    </message>
</context>
<context>
    <name>sajudesk::ModelPicker</name>
    <message>
        <source>Chat model:</source>
        <translation>채팅 모델:</translation>
    </message>
    <message>
        <source>Fortune model:</source>
        <translation>운세 모델:</translation>
    </message>
    <message>
        <source>RunYour AI model used for chat</source>
        <translation>채팅에 쓰는 RunYour AI 모델</translation>
    </message>
    <message>
        <source>Saju API model used for daily fortunes</source>
        <translation>오늘의 운세에 쓰는 Saju API 모델</translation>
    </message>
    <message>
        <source>No models loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <source>Loading models… retrying in %1 s (attempt %2)</source>
        <translation>모델 불러오는 중… %1초 후 재시도(%2번째)</translation>
    </message>
    <message>
        <source>Reload the chat model list</source>
        <translation>채팅 모델 목록 다시 불러오기</translation>
    </message>
    <message>
        <source>Reload models</source>
        <translation>모델 다시 불러오기</translation>
    </message>
    <message>
        <source>Chat model</source>
        <translation>채팅 모델</translation>
    </message>
    <message>
        <source>Fortune model</source>
        <translation>운세 모델</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation>%1(목록에 없음)</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>모델을 고르세요</translation>
    </message>
    <message>
        <source>haiku — about 2 s · $0.013 per call</source>
        <translation>haiku — 약 2초 · 호출당 0.013달러</translation>
    </message>
    <message>
        <source>sonnet — about 5 s · price not published</source>
        <translation>sonnet — 약 5초 · 가격 미공개</translation>
    </message>
    <message>
        <source>gpt4o — speed and price not published</source>
        <translation>gpt4o — 속도·가격 미공개</translation>
    </message>
</context>
<context>
    <name>sajudesk::ModelPickerPopup</name>
    <message>
        <source>Recently used</source>
        <translation>최근 사용</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>No models are listed. Type a model id above.</source>
        <translation>목록에 모델이 없습니다. 위에 모델 ID를 직접 입력하세요.</translation>
    </message>
    <message>
        <source>No model contains “%1”.</source>
        <translation>“%1” 검색 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>직접 입력: “%1” 사용</translation>
    </message>
    <message>
        <source>Type a model id first.</source>
        <translation>먼저 모델 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>A model id has no spaces.</source>
        <translation>모델 ID에는 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>RunYour AI needs “provider/model”, for example “openai/gpt-5.2”.</source>
        <translation>RunYour AI에는 “제공자/모델” 형식이 필요합니다. 예: “openai/gpt-5.2”</translation>
    </message>
    <message>
        <source>Search models or type an id…</source>
        <translation>모델 검색 또는 ID 직접 입력…</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>모델 검색</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>sajudesk::ProfileList</name>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>“%1” 프로필을 저장했습니다.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”. The form keeps its values; Save brings it back.</source>
        <translation>“%1” 프로필을 삭제했습니다. 입력한 내용은 그대로 있으니 저장하면 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>프로필을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>프로필을 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Enter a name to save this profile.</source>
        <translation>프로필로 저장하려면 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>저장된 프로필</translation>
    </message>
    <message>
        <source>Choose a saved profile, or New profile for an empty form</source>
        <translation>저장된 프로필을 고르거나, 빈 양식은 ‘새 프로필’을 고르세요</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save this person's birth data as a profile</source>
        <translation>이 사람의 출생 정보를 프로필로 저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>선택한 프로필 삭제</translation>
    </message>
</context>
<context>
    <name>sajudesk::RetryBanner</name>
    <message>
        <source>Retry Now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>요청 취소</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>요청 한도 초과</translation>
    </message>
    <message>
        <source>The server took too long</source>
        <translation>서버 응답 시간 초과</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>네트워크 문제</translation>
    </message>
    <message>
        <source>Server error %1</source>
        <translation>서버 오류 %1</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>요청 실패</translation>
    </message>
    <message>
        <source>attempt %1/%2</source>
        <translation>%1/%2번째</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>%1번째</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (%3)</source>
        <translation>%1 — %2초 후 재시도(%3)</translation>
    </message>
</context>
<context>
    <name>sajudesk::SajuPane</name>
    <message>
        <source>Add a Saju API key to get the daily fortune.</source>
        <translation>오늘의 운세를 받으려면 Saju API 키를 추가하세요.</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>Saju %1</source>
        <translation>사주 %1</translation>
    </message>
    <message>
        <source>Saju of %1</source>
        <translation>%1님의 사주</translation>
    </message>
    <message>
        <source>Please explain my four pillars and today's fortune.</source>
        <translation>제 사주와 오늘의 운세를 풀이해 주세요.</translation>
    </message>
    <message>
        <source>Please explain these four pillars.</source>
        <translation>이 사주를 풀이해 주세요.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>텍스트 (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>사주 내보내기</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>사주 인쇄</translation>
    </message>
    <message>
        <source>Saju Chart</source>
        <translation>사주 원국</translation>
    </message>
    <message>
        <source>Daily Fortune</source>
        <translation>오늘의 운세</translation>
    </message>
</context>
<context>
    <name>sajudesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Chat defaults</source>
        <translation>채팅 기본값</translation>
    </message>
</context>
<context>
    <name>sajudesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keys that work in the SajuDesk window. Menu keys work everywhere in it; the others where the list says.</source>
        <translation>SajuDesk 창에서 쓸 수 있는 키입니다. 메뉴의 단축키는 창 어디에서나, 나머지는 목록에 적힌 곳에서 작동합니다.</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>이름이나 키로 찾기</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>단축키 찾기</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
</context>
<context>
    <name>sajudesk::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>데이터 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>데이터 폴더를 잠글 수 없습니다: %1</translation>
    </message>
    <message>
        <source>SajuDesk is already running (process %1) but does not respond. Close it, or end that process, and start SajuDesk again.</source>
        <translation>SajuDesk가 이미 실행 중이지만(프로세스 %1) 응답하지 않습니다. 그 창을 닫거나 프로세스를 종료한 후 SajuDesk를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>sajudesk::TraceView</name>
    <message>
        <source>How this was calculated</source>
        <translation>계산 과정</translation>
    </message>
    <message>
        <source>Every correction from the clock time you entered to the four pillars</source>
        <translation>입력한 시각에서 사주가 나오기까지 거친 보정 단계를 모두 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>sajudesk::TranscriptView</name>
    <message numerus="yes">
        <source>%n new message(s) — jump to latest</source>
        <translation><numerusform>새 메시지 %n개 — 최신으로 이동</numerusform></translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>최신으로 이동</translation>
    </message>
    <message>
        <source>Scroll to the end and follow new text (End)</source>
        <translation>끝으로 이동해 새 내용을 따라갑니다(End)</translation>
    </message>
    <message>
        <source>Copy Selection</source>
        <translation>선택한 내용 복사</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>브라우저에서 링크 열기</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>링크 주소 복사</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Hide Thinking</source>
        <translation>생각 과정 숨기기</translation>
    </message>
    <message>
        <source>Show Thinking</source>
        <translation>생각 과정 보기</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Type a message below and press Enter to send it.</source>
        <translation>아래에 메시지를 입력하고 Enter를 누르면 보냅니다.</translation>
    </message>
</context>
</TS>
