# status: draft
# Tłumacze: { $app } to "Telegram", a { $bsl } to "999 BSL": zostaw je bez zmian.

welcome-hello = Dzień dobry. Ten bot jest dla osób, które doświadczają molestowania seksualnego w pracy w Wielkiej Brytanii. Wyjaśnia, jakie masz prawa i możliwości oraz kto może ci pomóc.
welcome-not-your-fault = To, co cię spotkało, nie jest twoją winą.
welcome-not-legal-advice = To są informacje, a nie porada prawna. Jeśli potrzebujesz porady w swojej sprawie, skontaktuj się z jedną z organizacji, które ci pokażemy.
welcome-telegram-can-see = { $app } technicznie może widzieć czaty z botami. Nie wpisuj imion i nazwisk ani niczego, po czym można rozpoznać ciebie lub inną osobę.
welcome-exit-any-time = Możesz wyjść w każdej chwili: wyślij /exit albo naciśnij „Wyjdź teraz”. Bot usunie wtedy wiadomości z tego czatu z ostatnich 48 godzin. Sam czat zostanie na twojej liście czatów.
welcome-delete-chat = Aby usunąć cały czat, usuń go sam w { $app }: otwórz menu czatu i wybierz „Usuń czat”.
welcome-continue = Dalej

menu-question = Czego potrzebujesz?
menu-danger = Jestem teraz w niebezpieczeństwie
menu-rights = Chcę poznać swoje prawa
menu-routes = Jak mogę to zgłosić
menu-support = Chcę teraz z kimś porozmawiać
menu-visa = Mam wizę
menu-report = Zgłoś anonimowo

emergency-999 = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod { $phone }.
emergency-bsl = Jeśli jesteś osobą głuchą i używasz brytyjskiego języka migowego (British Sign Language), skorzystaj z bezpłatnej aplikacji lub strony { $bsl }. Działa 24 godziny na dobę.
emergency-later = Kiedy będziesz w stanie, możesz też z kimś porozmawiać o tym, co się stało.
