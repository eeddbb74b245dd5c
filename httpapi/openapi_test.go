package httpapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gorilla/mux"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// spec is openapi.yaml, parsed, with just enough of a JSON Schema validator
// (the subset the file uses) to check every answer the tests receive.
type spec struct {
	paths      map[string]any
	schemas    map[string]any
	responses  map[string]any
	parameters map[string]any
}

func loadSpec(t *testing.T) *spec {
	t.Helper()
	var doc map[string]any
	require.NoError(t, yaml.Unmarshal(OpenAPI(), &doc))
	require.Equal(t, "3.0.3", doc["openapi"])
	comp := doc["components"].(map[string]any)
	return &spec{
		paths:      doc["paths"].(map[string]any),
		schemas:    comp["schemas"].(map[string]any),
		responses:  comp["responses"].(map[string]any),
		parameters: comp["parameters"].(map[string]any),
	}
}

func (s *spec) deref(node map[string]any) map[string]any {
	for {
		ref, ok := node["$ref"].(string)
		if !ok {
			return node
		}
		parts := strings.Split(strings.TrimPrefix(ref, "#/components/"), "/")
		var from map[string]any
		switch parts[0] {
		case "schemas":
			from = s.schemas
		case "responses":
			from = s.responses
		case "parameters":
			from = s.parameters
		default:
			panic("unknown $ref " + ref)
		}
		next, ok := from[parts[1]].(map[string]any)
		if !ok {
			panic("dangling $ref " + ref)
		}
		node = next
	}
}

// responseSchema is the JSON schema of the documented answer; it fails the
// test when the status is not documented for the route.
func (s *spec) responseSchema(t *testing.T, tpl, method string, status int) map[string]any {
	t.Helper()
	item, ok := s.paths[tpl].(map[string]any)
	require.True(t, ok, "route %s not in openapi.yaml", tpl)
	op, ok := item[strings.ToLower(method)].(map[string]any)
	require.True(t, ok, "%s %s not in openapi.yaml", method, tpl)
	responses := op["responses"].(map[string]any)
	resp, ok := responses[strconv.Itoa(status)].(map[string]any)
	if !ok && status >= 400 {
		resp, ok = responses["default"].(map[string]any)
	}
	require.True(t, ok, "%s %s: status %d not documented", method, tpl, status)
	resp = s.deref(resp)
	media, ok := resp["content"].(map[string]any)["application/json"].(map[string]any)
	require.True(t, ok, "%s %s %d: no application/json content", method, tpl, status)
	return media["schema"].(map[string]any)
}

func (s *spec) validate(at string, node map[string]any, v any) error {
	if v == nil {
		if node["nullable"] == true {
			return nil
		}
	}
	node = s.deref(node)
	if v == nil && node["nullable"] == true {
		return nil
	}
	if all, ok := node["allOf"].([]any); ok {
		for _, sub := range all {
			if err := s.validate(at, sub.(map[string]any), v); err != nil {
				return err
			}
		}
	}
	if one, ok := node["oneOf"].([]any); ok {
		n := 0
		for _, sub := range one {
			if s.validate(at, sub.(map[string]any), v) == nil {
				n++
			}
		}
		if n != 1 {
			return fmt.Errorf("%s: %v matches %d of the oneOf schemas", at, v, n)
		}
	}
	if enum, ok := node["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			if fmt.Sprint(e) == fmt.Sprint(v) {
				found = true
			}
		}
		if !found {
			return fmt.Errorf("%s: %v not in %v", at, v, enum)
		}
	}
	typ, _ := node["type"].(string)
	switch typ {
	case "":
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: want object, got %T", at, v)
		}
		props, _ := node["properties"].(map[string]any)
		for _, r := range asList(node["required"]) {
			if _, ok := obj[r]; !ok {
				return fmt.Errorf("%s: missing required %q", at, r)
			}
		}
		for k, pv := range obj {
			sub, ok := props[k].(map[string]any)
			if !ok {
				if node["additionalProperties"] == false {
					return fmt.Errorf("%s: undocumented member %q", at, k)
				}
				continue
			}
			if err := s.validate(at+"."+k, sub, pv); err != nil {
				return err
			}
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: want array, got %T", at, v)
		}
		items := node["items"].(map[string]any)
		for i, e := range arr {
			if err := s.validate(fmt.Sprintf("%s[%d]", at, i), items, e); err != nil {
				return err
			}
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			return fmt.Errorf("%s: want string, got %T %v", at, v, v)
		}
		if p, ok := node["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			return fmt.Errorf("%s: %q does not match %s", at, str, p)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("%s: want boolean, got %T", at, v)
		}
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return fmt.Errorf("%s: want integer, got %T", at, v)
		}
		if _, err := strconv.ParseInt(string(n), 10, 64); err != nil {
			return fmt.Errorf("%s: want integer, got %s", at, n)
		}
	default:
		return fmt.Errorf("%s: validator does not know type %q", at, typ)
	}
	return nil
}

func asList(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, e := range l {
		out = append(out, e.(string))
	}
	return out
}

// TestOpenAPIMatchesRouter fails when a route is served but not documented
// or documented but not served, and when the documented path parameters
// differ from the route's variables.
func TestOpenAPIMatchesRouter(t *testing.T) {
	s := loadSpec(t)
	served := map[string]bool{}
	r := (&api{}).routes()
	require.NoError(t, r.Walk(func(route *mux.Route, _ *mux.Router, _ []*mux.Route) error {
		tpl, err := route.GetPathTemplate()
		if err != nil {
			return err
		}
		methods, err := route.GetMethods()
		if err != nil {
			return fmt.Errorf("route %s has no methods: %w", tpl, err)
		}
		for _, m := range methods {
			served[m+" "+tpl] = true
		}
		return nil
	}))

	documented := map[string]bool{}
	for path, item := range s.paths {
		for method, op := range item.(map[string]any) {
			switch method {
			case "get", "post", "put", "patch", "delete", "head", "options":
			default:
				continue
			}
			documented[strings.ToUpper(method)+" "+path] = true
			var inPath []string
			params, _ := op.(map[string]any)["parameters"].([]any)
			for _, p := range params {
				p := s.deref(p.(map[string]any))
				if p["in"] == "path" {
					inPath = append(inPath, p["name"].(string))
				}
			}
			sort.Strings(inPath)
			vars := regexp.MustCompile(`\{([^}]+)\}`).FindAllStringSubmatch(path, -1)
			var want []string
			for _, v := range vars {
				want = append(want, v[1])
			}
			sort.Strings(want)
			require.Equal(t, want, inPath, "path parameters of %s %s", method, path)
		}
	}
	for k := range served {
		require.True(t, documented[k], "served but not in openapi.yaml: %s", k)
	}
	for k := range documented {
		require.True(t, served[k], "in openapi.yaml but not served: %s", k)
	}
	require.Len(t, served, 13)
}

// TestOpenAPIRefsResolve catches a $ref to a schema that does not exist.
func TestOpenAPIRefsResolve(t *testing.T) {
	s := loadSpec(t)
	var walk func(at string, v any)
	walk = func(at string, v any) {
		switch n := v.(type) {
		case map[string]any:
			if ref, ok := n["$ref"].(string); ok {
				require.NotPanics(t, func() { s.deref(n) }, "%s: %s", at, ref)
			}
			for k, c := range n {
				walk(at+"/"+k, c)
			}
		case []any:
			for i, c := range n {
				walk(fmt.Sprintf("%s[%d]", at, i), c)
			}
		}
	}
	walk("paths", s.paths)
	walk("schemas", s.schemas)
}

func TestOpenAPIServed(t *testing.T) {
	ta := newTestAPI(t, Options{})
	rec := ta.do(http.MethodGet, "/openapi.yaml", "")
	require.Equal(t, http.StatusOK, rec.Code)
	require.Equal(t, "application/yaml", rec.Header().Get("Content-Type"))
	require.Equal(t, openAPI, rec.Body.Bytes())
}

// The validator must itself be able to fail, or the shape checks prove
// nothing.
func TestSchemaValidatorRejects(t *testing.T) {
	s := loadSpec(t)
	block := s.schemas["Block"].(map[string]any)
	good := map[string]any{
		"number": "1", "status": "sealed", "committedAt": nil, "commitTx": nil, "commitL1Block": nil,
		"ops": []any{}, "transfers": []any{},
		"header": map[string]any{"number": "1", "stateRoot": "0x" + strings.Repeat("ab", 32), "txRoot": "0x" + strings.Repeat("00", 32),
			"opsCursor": "0", "opsHash": "0x" + strings.Repeat("00", 32), "timestamp": "5"},
	}
	require.NoError(t, s.validate("$", block, good))
	mutate := func(f func(m map[string]any)) map[string]any {
		raw, _ := json.Marshal(good)
		var m map[string]any
		require.NoError(t, json.Unmarshal(raw, &m))
		f(m)
		return m
	}
	for name, bad := range map[string]map[string]any{
		"number as JSON number": mutate(func(m map[string]any) { m["number"] = json.Number("1") }),
		"leading zero":          mutate(func(m map[string]any) { m["number"] = "01" }),
		"missing member":        mutate(func(m map[string]any) { delete(m, "ops") }),
		"extra member":          mutate(func(m map[string]any) { m["extra"] = "x" }),
		"bad enum":              mutate(func(m map[string]any) { m["status"] = "pending" }),
		"short hash":            mutate(func(m map[string]any) { m["header"].(map[string]any)["txRoot"] = "0x00" }),
		"null not nullable":     mutate(func(m map[string]any) { m["header"] = nil }),
	} {
		require.Error(t, s.validate("$", block, bad), name)
	}
}
