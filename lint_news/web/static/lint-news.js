// lint-news: the editor's page and the HTML report share this one script.
// It draws an article with every finding marked at its span, a panel of findings grouped by
// category, and the links between a finding and its related places. Data contract (used by
// tools and tests): every finding's mark has data-rule, data-severity, data-line,
// data-column (and id = the finding's id); every related mark has data-related-of = that id.
// Where two marked spans cross, the rest of one is an element with data-cont-of = its id.
// Plain script, no build step, nothing loaded from the network.
(function () {
  "use strict";

  var SEVERITY = { error: "错误", warning: "警告", info: "提示" };
  var CATEGORY = {
    quantity: "数字前后不一",
    arithmetic: "计算",
    repetition: "重复",
    truncation: "断行与截断",
    redundancy: "冗余",
    wording: "用词",
    punctuation: "标点",
  };
  var data = JSON.parse(document.getElementById("lint-news-data").textContent);
  var mode = document.body.getAttribute("data-mode");

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") node.textContent = v;
        else if (k === "class") node.className = v;
        else node.setAttribute(k, v === true ? "" : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  // ---- positions: line and column are 1-based, columns count code points -----------------
  function codePoints(text) {
    return Array.from(text);
  }

  function lineStarts(cps) {
    var starts = [0];
    for (var i = 0; i < cps.length; i++) if (cps[i] === "\n") starts.push(i + 1);
    return starts;
  }

  function offsetOf(starts, n, line, column) {
    var base = line - 1 < starts.length ? starts[line - 1] : n;
    return Math.max(0, Math.min(n, base + column - 1));
  }

  // ---- the article: text with nested marks --------------------------------------------------
  function buildArticle(cps, items) {
    var root = el("div", { class: "article", lang: "zh-CN" });
    var points = { 0: true };
    points[cps.length] = true;
    items.forEach(function (it) {
      points[it.s] = true;
      points[it.e] = true;
    });
    var pts = Object.keys(points)
      .map(Number)
      .sort(function (a, b) {
        return a - b;
      });
    var spans = items
      .filter(function (it) {
        return it.e > it.s;
      })
      .sort(function (a, b) {
        return a.s - b.s || b.e - a.e || a.rank - b.rank;
      });
    var empties = items.filter(function (it) {
      return it.e === it.s;
    });
    var stack = [];
    var opened = {};
    function parent() {
      return stack.length ? stack[stack.length - 1].node : root;
    }
    function open(it) {
      var node;
      if (opened[it.key]) {
        node = el(it.tag, { class: it.cls + " cont", "data-cont-of": it.key });
      } else {
        node = el(it.tag, it.attrs);
        node.className = it.cls + (it.e === it.s ? " empty" : "");
        opened[it.key] = true;
      }
      parent().appendChild(node);
      return node;
    }
    for (var k = 0; k < pts.length; k++) {
      var p = pts[k];
      var next = k + 1 < pts.length ? pts[k + 1] : null;
      var want = next === null ? [] : spans.filter(function (it) {
        return it.s <= p && it.e >= next;
      });
      var c = 0;
      while (c < stack.length && c < want.length && stack[c].item === want[c]) c++;
      stack.length = c;
      empties.forEach(function (it) {
        if (it.s === p) open(it);
      });
      for (var w = c; w < want.length; w++) stack.push({ item: want[w], node: open(want[w]) });
      if (next !== null && next > p) parent().appendChild(document.createTextNode(cps.slice(p, next).join("")));
    }
    return root;
  }

  function fixText(f) {
    if (!f.fix) return null;
    var more = f.fix.edits ? f.fix.edits.length : 0;
    return { replacement: f.fix.replacement, more: more };
  }

  // ---- one file: the article and its panel ---------------------------------------------------
  function renderFile(file, index, options) {
    var cps = codePoints(file.source);
    var starts = lineStarts(cps);
    var items = [];
    var rank = 0;
    file.findings.forEach(function (f, i) {
      var id = "f" + index + "-" + i;
      f._id = id;
      var s = offsetOf(starts, cps.length, f.line, f.column);
      var e = f.end_line ? offsetOf(starts, cps.length, f.end_line, f.end_column) : s;
      items.push({
        key: id, s: s, e: Math.max(s, e), rank: rank++, tag: "mark",
        cls: "hl sev-" + f.severity,
        attrs: {
          id: id, "data-finding": id, "data-rule": f.rule, "data-category": f.category,
          "data-severity": f.severity, "data-line": f.line, "data-column": f.column,
          title: f.line + ":" + f.column + " " + SEVERITY[f.severity] + " [" + f.rule + "] " + f.message,
        },
      });
      (f.related || []).forEach(function (r, j) {
        var rid = "r" + index + "-" + i + "-" + j;
        var rs = offsetOf(starts, cps.length, r.line, r.column);
        var re = r.end_line ? offsetOf(starts, cps.length, r.end_line, r.end_column) : rs;
        items.push({
          key: rid, s: rs, e: Math.max(rs, re), rank: rank++, tag: "span", cls: "rel",
          attrs: {
            id: rid, "data-related-of": id, "data-line": r.line, "data-column": r.column,
            title: "相关：" + r.message,
          },
        });
      });
    });

    var article = buildArticle(cps, items);
    var wrap = el("div", { class: "article-wrap" }, [article]);
    // the HTML parser puts <svg> and its children in the SVG namespace: no namespace URI needed
    wrap.insertAdjacentHTML("beforeend", '<svg class="links" aria-hidden="true"/>');

    var counts = { error: 0, warning: 0, info: 0 };
    var groups = {};
    file.findings.forEach(function (f) {
      counts[f.severity] = (counts[f.severity] || 0) + 1;
      (groups[f.category] = groups[f.category] || []).push(f);
    });
    var panel = el("aside", { class: "panel" });
    var summaryBits = Object.keys(counts)
      .filter(function (s) { return counts[s]; })
      .map(function (s) { return counts[s] + " " + SEVERITY[s]; });
    panel.appendChild(
      el("div", { class: "panel-head" }, [
        file.findings.length
          ? file.findings.length + " 处问题（" + summaryBits.join("，") + "）"
          : "未发现问题",
      ])
    );
    Object.keys(groups)
      .sort()
      .forEach(function (cat) {
        var list = el("ol", { class: "items" });
        groups[cat].forEach(function (f) {
          list.appendChild(renderItem(f, options));
        });
        panel.appendChild(
          el("section", { class: "cat", "data-category": cat }, [
            el("h3", {}, [
              (CATEGORY[cat] || cat) + " ",
              el("span", { class: "cat-id", text: cat }),
              " ",
              el("span", { class: "count", text: String(groups[cat].length) }),
            ]),
            list,
          ])
        );
      });

    var view = el("section", { class: "file-view", "data-path": file.path }, [
      el("h2", { class: "path" }, [
        file.path === "-" ? "稿件" : file.path,
        " ",
        el("span", { class: "path-count", text: file.findings.length + " 处" }),
      ]),
      el("div", { class: "layout" }, [wrap, panel]),
    ]);

    view.addEventListener("click", function (ev) {
      var t = ev.target;
      if (!(t instanceof Element)) return;
      var apply = t.closest("button.apply");
      if (apply) {
        if (options.onApply) options.onApply(findingById(file, apply.getAttribute("data-finding")));
        return;
      }
      var go = t.closest("[data-goto]");
      if (go) {
        ev.preventDefault();
        select(view, go.getAttribute("data-finding"), false);
        var target = document.getElementById(go.getAttribute("data-goto"));
        if (target) flash(target);
        return;
      }
      var item = t.closest("li.item");
      if (item) {
        select(view, item.getAttribute("data-finding"), true);
        return;
      }
      var mark = t.closest("mark[data-finding], [data-related-of], [data-cont-of]");
      if (!mark) return;
      if (mark.hasAttribute("data-cont-of")) mark = document.getElementById(mark.getAttribute("data-cont-of")) || mark;
      if (mark.hasAttribute("data-related-of")) select(view, mark.getAttribute("data-related-of"), true);
      else select(view, mark.getAttribute("data-finding"), false);
    });
    return view;
  }

  function findingById(file, id) {
    for (var i = 0; i < file.findings.length; i++) if (file.findings[i]._id === id) return file.findings[i];
    return null;
  }

  function renderItem(f, options) {
    var fx = fixText(f);
    var fixLine = null;
    if (fx) {
      fixLine = el("div", { class: "fix" }, [
        "修改：",
        el("del", { text: f.excerpt }),
        " → ",
        fx.replacement ? el("ins", { text: fx.replacement }) : el("em", { text: "删除" }),
        fx.more ? "（另有 " + fx.more + " 处同改）" : null,
        options.canApply
          ? el("button", { type: "button", class: "apply", "data-finding": f._id, text: "应用" })
          : null,
      ]);
    }
    var rels = (f.related || []).map(function (r, j) {
      return el("div", { class: "related-link" }, [
        el("a", {
          href: "#" + f._id.replace("f", "r") + "-" + j,
          "data-goto": f._id.replace("f", "r") + "-" + j,
          "data-finding": f._id,
          text: "→ 第" + r.line + "行第" + r.column + "列",
        }),
        " " + r.message,
      ]);
    });
    return el("li", { class: "item sev-" + f.severity, "data-finding": f._id, tabindex: "0" }, [
      el("div", { class: "item-head" }, [
        el("span", { class: "sev", text: SEVERITY[f.severity] || f.severity }),
        " ",
        el("code", { class: "rule", text: f.rule }),
        " ",
        el("span", { class: "pos", text: f.line + ":" + f.column }),
      ]),
      el("div", { class: "msg", text: f.message }),
      fixLine,
    ].concat(rels));
  }

  // ---- selection and the links to related places -------------------------------------------
  var current = null;

  function select(view, id, scroll) {
    if (!id) return;
    document.querySelectorAll(".selected, .active").forEach(function (n) {
      n.classList.remove("selected");
      n.classList.remove("active");
    });
    var mark = document.getElementById(id);
    if (!mark) return;
    mark.classList.add("selected");
    view.querySelectorAll('[data-cont-of="' + id + '"]').forEach(function (n) {
      n.classList.add("selected");
    });
    var item = view.querySelector('li.item[data-finding="' + id + '"]');
    if (item) item.classList.add("selected");
    var rels = Array.prototype.slice.call(view.querySelectorAll('[data-related-of="' + id + '"]'));
    rels.forEach(function (r) {
      r.classList.add("active");
      view.querySelectorAll('[data-cont-of="' + r.id + '"]').forEach(function (n) {
        n.classList.add("active");
      });
    });
    current = { view: view, id: id };
    if (scroll) mark.scrollIntoView({ block: "center" });
    if (item) scrollPanel(item);
    drawLinks(view, mark, rels);
  }

  function scrollPanel(item) {
    var panel = item.closest(".panel");
    if (!panel) return;
    var top = item.offsetTop - panel.clientHeight / 3;
    panel.scrollTop = Math.max(0, top);
  }

  function flash(node) {
    node.scrollIntoView({ block: "center" });
    node.classList.remove("flash");
    void node.offsetWidth;
    node.classList.add("flash");
  }

  function drawLinks(view, mark, rels) {
    view.querySelectorAll("svg.links").forEach(function (svg) {
      svg.innerHTML = "";
    });
    if (!rels.length) return;
    var wrap = mark.closest(".article-wrap");
    var svg = wrap.querySelector("svg.links");
    var box = wrap.getBoundingClientRect();
    svg.setAttribute("width", wrap.scrollWidth);
    svg.setAttribute("height", wrap.scrollHeight);
    var arrow = "arrow-" + mark.id;
    var parts = [
      '<defs><marker id="' + arrow + '" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"' +
        ' markerHeight="7" orient="auto"><path class="link-tip" d="M0,0 L10,5 L0,10 z"/></marker></defs>',
    ];
    var gutter = 10;
    rels.forEach(function (r) {
      var ms = rectsOf(mark), rs = rectsOf(r);
      if (!ms.length || !rs.length) return;
      // from the edge of the mark that faces the related place, into the left margin, to it
      var down = rs[0].top >= ms[ms.length - 1].top;
      var a = down ? ms[ms.length - 1] : ms[0];
      var b = down ? rs[0] : rs[rs.length - 1];
      var ax = a.left - box.left, ay = (down ? a.bottom : a.top) - box.top;
      var bx = b.left - box.left - 2, by = b.top - box.top + b.height / 2;
      var d = "M" + ax + "," + ay + " C" + gutter + "," + ay + " " + gutter + "," + by + " " + bx + "," + by;
      parts.push(
        '<path class="link" data-link-of="' + mark.id + '" data-link-to="' + r.id + '" d="' + d +
          '" marker-end="url(#' + arrow + ')"/>'
      );
    });
    svg.innerHTML = parts.join("");
  }

  function rectsOf(node) {
    var rects = Array.prototype.slice.call(node.getClientRects()).filter(function (r) {
      return r.width > 0 || r.height > 0;
    });
    if (!rects.length) {
      var b = node.getBoundingClientRect();
      if (b.width || b.height) rects = [b];
    }
    return rects;
  }

  // keyboard: Enter on a listed finding selects it; j / k step to the next / previous finding
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (t instanceof Element && t.matches("textarea, input")) return;
    if (ev.key === "Enter" && t instanceof Element && t.matches("li.item")) {
      select(t.closest(".file-view"), t.getAttribute("data-finding"), true);
      return;
    }
    if (ev.key !== "j" && ev.key !== "k") return;
    var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-rule]"));
    if (!marks.length) return;
    var at = current ? marks.indexOf(document.getElementById(current.id)) : -1;
    var next = marks[(at + (ev.key === "j" ? 1 : marks.length - 1 + (at < 0 ? 1 : 0))) % marks.length];
    select(next.closest(".file-view"), next.id, true);
  });

  window.addEventListener("resize", function () {
    if (current) select(current.view, current.id, false);
  });

  // ---- configuration and the report's summary ------------------------------------------------
  function renderConfig(cfg) {
    var box = document.getElementById("config");
    if (!cfg) {
      box.appendChild(el("span", { text: data.generator || "" }));
      return;
    }
    var parts = [
      el("span", { class: "cfg-file" }, ["配置文件：", el("code", { text: cfg.config_file || "无（默认设置）" })]),
      el("span", { class: "cfg-rules", text: "启用规则 " + cfg.rules_enabled + "/" + cfg.rules_total }),
      el("span", { class: "cfg-packs" }, [
        "规则包：",
        cfg.packs.map(function (p) { return p.name + " · " + p.rules; }).join("；"),
      ]),
    ];
    if (cfg.select.length) parts.push(el("span", { text: "仅检查：" + cfg.select.join(", ") }));
    if (cfg.ignore.length) parts.push(el("span", { text: "忽略：" + cfg.ignore.join(", ") }));
    var sev = Object.keys(cfg.severity || {});
    if (sev.length) parts.push(el("span", { text: "严重度：" + sev.map(function (k) { return k + "=" + cfg.severity[k]; }).join(", ") }));
    if (cfg.allow.length) parts.push(el("span", { text: "放行文本 " + cfg.allow.length + " 条" }));
    parts.forEach(function (p) { box.appendChild(p); });
  }

  function renderSummary(files) {
    var rows = {};
    files.forEach(function (file) {
      file.findings.forEach(function (f) {
        var key = f.category + "\u0000" + f.rule;
        var row = (rows[key] = rows[key] || { category: f.category, rule: f.rule, sev: {}, n: 0 });
        row.sev[f.severity] = (row.sev[f.severity] || 0) + 1;
        row.n++;
      });
    });
    var box = document.getElementById("summary");
    var total = files.reduce(function (n, f) { return n + f.findings.length; }, 0);
    box.appendChild(el("h2", { text: total + " 处问题，" + files.length + " 个文件" }));
    var tbody = el("tbody");
    Object.keys(rows).sort().forEach(function (k) {
      var r = rows[k];
      tbody.appendChild(el("tr", { "data-rule": r.rule }, [
        el("td", { text: (CATEGORY[r.category] || r.category) + " " + r.category }),
        el("td", {}, [el("code", { text: r.rule })]),
        el("td", {}, ["error", "warning", "info"].filter(function (s) { return r.sev[s]; }).map(function (s, i, all) {
          var label = (SEVERITY[s] || s) + (all.length > 1 ? " " + r.sev[s] : "");
          return el("span", { class: "sev-" + s, text: (i ? "，" : "") + label });
        })),
        el("td", { class: "num", text: String(r.n) }),
      ]));
    });
    box.appendChild(el("table", { class: "by-rule" }, [
      el("thead", {}, [el("tr", {}, [
        el("th", { text: "类别" }), el("th", { text: "规则" }), el("th", { text: "严重度" }), el("th", { text: "数量" }),
      ])]),
      tbody,
    ]));
    var list = el("ul", { class: "file-list" });
    files.forEach(function (file, i) {
      list.appendChild(el("li", {}, [
        el("a", { href: "#file-" + i, text: file.path }),
        " " + file.findings.length + " 处",
      ]));
    });
    box.appendChild(list);
  }

  // ---- the report: every file of the run, read-only -----------------------------------------
  if (mode === "report") {
    renderConfig(null);
    renderSummary(data.files);
    var main = document.getElementById("files");
    data.files.forEach(function (file, i) {
      var view = renderFile(file, i, { canApply: false });
      view.id = "file-" + i;
      main.appendChild(view);
    });
    return;
  }

  // ---- the editor's page ---------------------------------------------------------------------
  renderConfig(data.config);
  var input = document.getElementById("input");
  var status = document.getElementById("status");
  var filesBox = document.getElementById("files");
  var editor = document.getElementById("editor");
  var state = { path: "-", checkedText: null };

  function isMarkdown() {
    return document.getElementById("format-markdown").checked;
  }

  function setStatus(msg, bad) {
    status.textContent = msg;
    status.classList.toggle("bad", !!bad);
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().then(function (json) {
        if (!res.ok) throw new Error(json.error || res.status + " " + res.statusText);
        return json;
      });
    });
  }

  function check() {
    var text = input.value;
    var t0 = performance.now();
    setStatus("检查中…");
    document.body.classList.add("busy");
    return post("/api/check", { text: text, markdown: isMarkdown(), path: state.path })
      .then(function (result) {
        var ms = Math.round(performance.now() - t0);
        var file = { path: state.path, source: text, markdown: isMarkdown(), findings: result.findings };
        filesBox.textContent = "";
        current = null;
        filesBox.appendChild(renderFile(file, 0, { canApply: true, onApply: applyOne }));
        state.checkedText = text;
        editor.classList.add("checked");
        var n = result.summary.findings;
        setStatus((n ? n + " 处问题" : "未发现问题") + " · " + ms + " ms");
        document.body.setAttribute("data-checked", String(Date.now()));
      })
      .catch(function (err) {
        setStatus("出错：" + err.message, true);
      })
      .then(function () {
        document.body.classList.remove("busy");
      });
  }

  function applyFix(body, what) {
    setStatus("修改中…");
    return post("/api/fix", body)
      .then(function (res) {
        input.value = res.text;
        setStatus("已应用 " + res.applied + " 处" + what);
        return check().then(function () {
          setStatus(status.textContent + " · 已应用 " + res.applied + " 处" + what);
        });
      })
      .catch(function (err) {
        setStatus("出错：" + err.message, true);
      });
  }

  function applyOne(f) {
    if (!f) return;
    applyFix(
      { text: input.value, markdown: isMarkdown(), only: [{ rule: f.rule, line: f.line, column: f.column }] },
      "修改"
    );
  }

  document.getElementById("check").addEventListener("click", check);
  document.getElementById("apply-all").addEventListener("click", function () {
    applyFix({ text: input.value, markdown: isMarkdown() }, "安全修改");
  });
  document.getElementById("edit").addEventListener("click", function () {
    editor.classList.remove("checked");
    input.focus();
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      check();
    }
  });
  input.addEventListener("paste", function () {
    setTimeout(check, 0);
  });
  document.getElementById("copy").addEventListener("click", function () {
    var text = input.value;
    var done = function () { setStatus("已复制全文（" + Array.from(text).length + " 字）"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { copyFallback(text); done(); });
    } else {
      copyFallback(text);
      done();
    }
  });
  function copyFallback(text) {
    var t = el("textarea");
    t.value = text;
    document.body.appendChild(t);
    t.select();
    document.execCommand("copy");
    document.body.removeChild(t);
  }
  document.getElementById("download").addEventListener("click", function () {
    var name = state.path !== "-" ? state.path : isMarkdown() ? "article.md" : "article.txt";
    var blob = new Blob([input.value], { type: "text/plain;charset=utf-8" });
    var a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
      document.body.removeChild(a);
    }, 0);
  });

  function openFile(file) {
    if (!file) return;
    if (/\.docx$/i.test(file.name)) {
      // the server reads the Word file (python-docx) and gives its text as Markdown
      file.arrayBuffer().then(function (buf) {
        return fetch("/api/docx", { method: "POST", body: buf });
      }).then(function (r) {
        return r.json().then(function (data) {
          if (!r.ok) throw new Error(data.error || r.statusText);
          input.value = data.text;
          state.path = file.name.replace(/\.docx$/i, ".md");
          document.getElementById("format-markdown").checked = true;
          return check();
        });
      }).catch(function (e) {
        setStatus("无法读取 Word 文件：" + e.message, true);
      });
      return;
    }
    file.arrayBuffer().then(function (buf) {
      var text, note = "";
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
      } catch (e) {
        text = new TextDecoder("gb18030").decode(buf);
        note = "（按 GB18030 编码读取）";
      }
      input.value = text.replace(/\r\n?/g, "\n");
      state.path = file.name;
      var md = /\.(md|markdown)$/i.test(file.name);
      document.getElementById(md ? "format-markdown" : "format-plain").checked = true;
      check().then(function () {
        if (note) setStatus(status.textContent + " " + note);
      });
    });
  }
  document.getElementById("file-input").addEventListener("change", function (ev) {
    openFile(ev.target.files[0]);
    ev.target.value = "";
  });
  ["dragover", "drop"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      ev.preventDefault();
      if (type === "drop" && ev.dataTransfer.files.length) openFile(ev.dataTransfer.files[0]);
    });
  });
  document.querySelectorAll('input[name="format"]').forEach(function (r) {
    r.addEventListener("change", function () {
      if (state.checkedText !== null) check();
    });
  });
})();
