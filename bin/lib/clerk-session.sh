# Sourced by the scripts in bin/ that act as a demo clerk over HTTP with curl: the JSF view state of
# a page, the login through the real login form, and the counter's Ajax receipt look-up exactly as
# the look-up button sends it. The cookie jar is the caller's ($jar).

# The view state in the page on standard input.
view_state_of() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1; }

# The page's CSP nonce (page on standard input): PrimeFaces' script puts it into every form, and a
# post without it is refused. Written into a script string, where "/" is escaped.
nonce_of() { grep -o "PrimeFaces.csp.init('[^']*')" | sed "s/.*init('//; s/')\$//; s#\\\\/#/#g" | head -1; }

clerk_session_bin=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# log_in BASE_URL [USERNAME]: logs the demo account (default yuzhong.clerk) in with the demo
# password and the demo one-time code, keeping the session in $jar.
log_in() {
  local page
  page=$(curl -s -c "$jar" -b "$jar" "${1}login.xhtml")
  curl -s -o /dev/null -c "$jar" -b "$jar" \
    --data-urlencode "login=login" --data-urlencode "login:username=${2:-yuzhong.clerk}" \
    --data-urlencode "login:password=Demo@2026" --data-urlencode "login:submit=" \
    --data-urlencode "primefaces.nonce=$(nonce_of <<<"$page")" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state_of <<<"$page")" "${1}login.xhtml"
  # The second factor: the demo secret's current code (bin/totp), after the demo war's fixture
  # forgot the account's last accepted step, so a login within the same 30 s works again.
  curl -s -o /dev/null -X POST "${1}api/demo/second-factor/${2:-yuzhong.clerk}/forget-step"
  page=$(curl -s -c "$jar" -b "$jar" "${1}login-code.xhtml")
  curl -s -o /dev/null -c "$jar" -b "$jar" \
    --data-urlencode "code=code" --data-urlencode "code:code=$("$clerk_session_bin/totp" 2>/dev/null)" \
    --data-urlencode "code:verify=" --data-urlencode "primefaces.nonce=$(nonce_of <<<"$page")" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state_of <<<"$page")" "${1}login-code.xhtml"
}

# look_up BASE_URL VIEW_STATE NONCE RECEIPT_NUMBER ID_NUMBER [curl options…]: the counter page's
# look-up.
look_up() {
  local base=$1 view_state=$2 nonce=$3 receipt=$4 id_number=$5
  shift 5
  curl -s -c "$jar" -b "$jar" "$@" -H 'Faces-Request: partial/ajax' \
    --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=lookup:lookUp" \
    --data-urlencode "jakarta.faces.partial.execute=lookup" --data-urlencode "jakarta.faces.partial.render=lookup" \
    --data-urlencode "lookup:lookUp=lookup:lookUp" --data-urlencode "lookup=lookup" \
    --data-urlencode "lookup:receiptNumber=$receipt" --data-urlencode "lookup:idNumber=$id_number" \
    --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "${base}counter/index.xhtml"
}
