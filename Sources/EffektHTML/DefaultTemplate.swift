extension HTMLPage {
    /// The default template, identical to `Reports/templates/effektvurdering.html` (a test keeps
    /// the two the same). Compiled in so `effekt html` works from any folder; the file on disk,
    /// when present, wins so a municipality can adapt it.
    package static let defaultTemplate = #"""
{{! Effektvurdering – Mustache-skabelon til `effekt html`.
    Kommunen kan frit tilpasse rækkefølge, overskrifter og logo her uden at oversætte programmet
    igen; kør `effekt html MAPPE --template min-skabelon.html` for at bruge en kopi.
    Et felt i to krøllede parenteser er tekst, som programmet gør sikker (HTML-escaping); et felt
    i tre er HTML, som programmet har dannet (tabeller og grafer) – brug aldrig tre om et
    tekstfelt. Hele style- og script-blokke må tilføjes: sidens Content-Security-Policy tillader
    præcis de blokke, der står i den færdige side. Et logo indsættes som inline svg eller som
    img med en data:-adresse; adresser på nettet blokeres. Felterne er beskrevet i Docs/html.md. }}
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{{csp}}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{heading}}{{#organisation}} · {{organisation}}{{/organisation}} · {{period}}</title>
<style>{{{style}}}</style>
</head>
<body>
<div class="page">
<header class="top">
<div>{{#organisation}}<span class="org">{{organisation}}</span>{{/organisation}}<h1>{{heading}}</h1></div>
<div class="period">{{period}}</div>
<div class="counts-line">{{counts}}</div>
</header>
{{#rejected}}
<p class="notice" role="note">{{rejected}}</p>
{{/rejected}}
<main>
<section id="portefolje" aria-labelledby="h-portefolje">
<h2 id="h-portefolje">{{t.portfolio}}</h2>
{{{portfolio}}}
</section>
<section id="projekter" aria-labelledby="h-projekter">
<h2 id="h-projekter">{{t.projects}}</h2>
{{{projectTable}}}
</section>
<section id="opfolgning" aria-labelledby="h-opfolgning">
<h2 id="h-opfolgning">{{t.findings}}</h2>
{{{findings}}}
</section>
{{#omitted}}
<p class="note" id="udeladt">{{omitted}}</p>
{{/omitted}}
{{{projectSections}}}
</main>
<footer>
<p>{{legend}}</p>
<p>{{method}}</p>
</footer>
</div>
<script>{{{script}}}</script>
</body>
</html>

"""#
}
