// codesize: fails when a function is longer than --function-limit lines or a
// .cpp file longer than --file-limit lines (issue 25: "no function over 60
// lines, no .cpp over 500"). Plain C++ with no Qt and no Python, so that any
// machine that builds Kassa can run it under ctest.
//
// It reads C++ as a small parser would, not line by line: comments, string
// and character literals (raw strings too) and preprocessor lines are blanked
// first, so a brace or a `//` inside them counts for nothing. Then it walks
// the braces: namespace, class, struct, union and extern "C" bodies are
// scopes whose members it looks into; enum bodies, initializer lists and
// brace-initialized variables are skipped; a block whose head ends in a
// parameter list (after const, noexcept, override, a trailing return type or
// a constructor's member initializers) is a function, and everything inside
// it, lambdas included, counts toward it. A function's length is the lines
// from its opening brace to its closing brace, both included.
//
// Usage: codesize [--function-limit N] [--file-limit N] [--root DIR]
//                 [--allow FILE:NAME]... PATH...
// PATH is a folder (every .cpp and .h below it) or a file, relative to --root.
// Offenders are printed as `file:line name N lines`; an --allow entry that no
// longer offends is printed too (take it off the list). Exit status 1 when
// anything was printed.

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Token
{
    std::string text;
    int line = 0;
};

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// A raw string starts at `R"` when the R ends a literal prefix (R, LR, uR,
// UR, u8R) rather than a longer identifier.
bool startsRawString(const std::string &s, size_t i)
{
    if (s[i] != 'R' || i + 1 >= s.size() || s[i + 1] != '"')
        return false;
    size_t start = i;
    while (start > 0 && isWordChar(s[start - 1]))
        --start;
    const std::string prefix = s.substr(start, i - start);
    return prefix.empty() || prefix == "L" || prefix == "u" || prefix == "U" || prefix == "u8";
}

// Copies `s`, keeping every newline (so line numbers stay) and turning
// comments, literals' contents and preprocessor lines into spaces.
std::string blankNonCode(const std::string &s)
{
    std::string out = s;
    auto blank = [&](size_t from, size_t to) {
        for (size_t k = from; k < to && k < out.size(); ++k)
            if (out[k] != '\n')
                out[k] = ' ';
    };
    bool lineStart = true; // only white space since the last newline
    bool inNumber = false; // a ' inside a number is a digit separator
    size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\n') {
            lineStart = true;
            inNumber = false;
            ++i;
            continue;
        }
        if (lineStart && c == '#') { // a directive, with its continuation lines
            size_t end = i;
            while (end < s.size()) {
                if (s[end] == '\n' && (end == 0 || s[end - 1] != '\\'))
                    break;
                if (s[end] == '/' && end + 1 < s.size() && s[end + 1] == '*') {
                    const size_t close = s.find("*/", end + 2);
                    end = close == std::string::npos ? s.size() : close + 2;
                    continue;
                }
                ++end;
            }
            blank(i, end);
            i = end;
            continue;
        }
        if (!std::isspace(static_cast<unsigned char>(c)))
            lineStart = false;
        if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
            size_t end = s.find('\n', i);
            end = end == std::string::npos ? s.size() : end;
            blank(i, end);
            i = end;
            continue;
        }
        if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
            const size_t close = s.find("*/", i + 2);
            const size_t end = close == std::string::npos ? s.size() : close + 2;
            blank(i, end);
            i = end;
            continue;
        }
        if (startsRawString(s, i)) {
            const size_t open = s.find('(', i + 2);
            const std::string delimiter = s.substr(i + 2, open - (i + 2));
            const std::string closing = ")" + delimiter + "\"";
            const size_t close = s.find(closing, open);
            const size_t end = close == std::string::npos ? s.size() : close + closing.size();
            blank(i + 2, end - 1);
            i = end;
            inNumber = false;
            continue;
        }
        if (c == '"' || (c == '\'' && !inNumber)) {
            size_t end = i + 1;
            while (end < s.size() && s[end] != c && s[end] != '\n')
                end += s[end] == '\\' ? 2 : 1;
            blank(i + 1, end);
            i = std::min(end + 1, s.size());
            inNumber = false;
            continue;
        }
        if (isWordChar(c)) {
            if (i == 0 || !isWordChar(s[i - 1]))
                inNumber = std::isdigit(static_cast<unsigned char>(c));
        } else if (c != '\'') {
            inNumber = false;
        }
        ++i;
    }
    return out;
}

std::vector<Token> tokenize(const std::string &code)
{
    static const std::string operatorChars = "+-*/%=<>!&|^~?:.";
    std::vector<Token> tokens;
    int line = 1;
    size_t i = 0;
    while (i < code.size()) {
        const char c = code[i];
        if (c == '\n')
            ++line;
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        size_t end = i + 1;
        if (isWordChar(c)) {
            const bool number = std::isdigit(static_cast<unsigned char>(c));
            while (end < code.size() && (isWordChar(code[end]) || (number && code[end] == '\'')))
                ++end;
        } else if (operatorChars.find(c) != std::string::npos) {
            while (end < code.size() && operatorChars.find(code[end]) != std::string::npos)
                ++end;
        } else if (c == '"' || c == '\'') {
            end = code.find(c, i + 1);
            end = end == std::string::npos ? code.size() : end + 1;
        }
        tokens.push_back({code.substr(i, end - i), line});
        i = end;
    }
    return tokens;
}

struct Offence
{
    std::string file;
    int line = 0;
    std::string name;
    int lines = 0;
};

class Scanner
{
public:
    Scanner(std::string file, std::vector<Token> tokens, int limit, std::vector<Offence> &found)
        : m_file(std::move(file))
        , m_tokens(std::move(tokens))
        , m_limit(limit)
        , m_found(found)
    {}

    void run()
    {
        size_t i = 0;
        scope(i);
    }

private:
    bool is(size_t i, const char *text) const
    {
        return i < m_tokens.size() && m_tokens[i].text == text;
    }

    bool isWord(size_t i) const { return i < m_tokens.size() && isWordChar(m_tokens[i].text[0]); }

    // `::` or `::~` between the parts of a qualified name.
    bool isScopeMark(size_t i) const
    {
        return i < m_tokens.size() && m_tokens[i].text.find_first_not_of(":~") == std::string::npos;
    }

    // Index of the token after the block that opens at `open`.
    size_t skipBlock(size_t open) const
    {
        int depth = 0;
        for (size_t i = open; i < m_tokens.size(); ++i) {
            if (is(i, "{"))
                ++depth;
            else if (is(i, "}") && --depth == 0)
                return i + 1;
        }
        return m_tokens.size();
    }

    // Walks a namespace, class or file body from `i` to its closing brace.
    void scope(size_t &i)
    {
        size_t head = i;
        while (i < m_tokens.size()) {
            if (is(i, "}")) {
                ++i;
                return;
            }
            if (is(i, ";")) {
                head = ++i;
                continue;
            }
            if (!is(i, "{")) {
                ++i;
                continue;
            }
            if (insideHead(head, i)) { // a default argument, a member's brace initializer
                i = skipBlock(i);
                continue;
            }
            block(head, i);
            head = i;
        }
    }

    // True when the brace at `open` belongs to the head still being read:
    // inside its parentheses, or a member initializer `m_x{…}` of a constructor.
    bool insideHead(size_t head, size_t open) const
    {
        int parens = 0;
        bool afterParameters = false, initializers = false;
        for (size_t k = head; k < open; ++k) {
            const std::string &t = m_tokens[k].text;
            if (t == "(" || t == "[")
                ++parens;
            else if (t == ")" || t == "]") {
                --parens;
                afterParameters = afterParameters || (parens == 0 && t == ")");
            } else if (t == ":" && parens == 0 && afterParameters)
                initializers = true;
        }
        if (parens > 0)
            return true;
        return initializers && open > head &&
               (isWord(open - 1) || m_tokens[open - 1].text.back() == '>');
    }

    bool hasWord(size_t from, size_t to, const char *word) const
    {
        int parens = 0;
        for (size_t k = from; k < to; ++k) {
            const std::string &t = m_tokens[k].text;
            parens += (t == "(" || t == "[" || t == "{") - (t == ")" || t == "]" || t == "}");
            if (parens == 0 && t == word)
                return true;
        }
        return false;
    }

    // `template <…>` is left out of the head, so its `=` and `class` do not count.
    size_t afterTemplate(size_t from, size_t to) const
    {
        while (from < to && is(from, "template") && from + 1 < to &&
               m_tokens[from + 1].text[0] == '<') {
            int angles = 0;
            size_t k = from + 1;
            for (; k < to; ++k) {
                for (char c : m_tokens[k].text)
                    angles += (c == '<') - (c == '>');
                if (angles <= 0)
                    break;
            }
            from = k + 1;
        }
        return from;
    }

    // Handles the block opening at `open` whose head starts at `head`;
    // leaves `i` after the block.
    void block(size_t head, size_t &i)
    {
        const size_t open = i;
        head = afterTemplate(head, open);
        if (hasWord(head, open, "namespace") || (is(head, "extern") && open == head + 2)) {
            ++i;
            scope(i);
            return;
        }
        const std::string name = functionName(head, open);
        if (!name.empty()) {
            i = skipBlock(open);
            const int lines = m_tokens[i - 1].line - m_tokens[open].line + 1;
            if (lines > m_limit)
                m_found.push_back({m_file, nameLine(head, open), name, lines});
            return;
        }
        if (!hasWord(head, open, "enum") &&
            (hasWord(head, open, "class") || hasWord(head, open, "struct") ||
             hasWord(head, open, "union")) &&
            !hasTopLevel(head, open, "=")) {
            ++i;
            scope(i);
            return;
        }
        i = skipBlock(open); // an enum, an initializer, a brace-initialized variable
    }

    bool hasTopLevel(size_t from, size_t to, const char *op) const
    {
        int parens = 0;
        for (size_t k = from; k < to; ++k) {
            const std::string &t = m_tokens[k].text;
            parens += (t == "(" || t == "[" || t == "{") - (t == ")" || t == "]" || t == "}");
            if (parens == 0 && t == op && !(k > from && is(k - 1, "operator")))
                return true;
        }
        return false;
    }

    int nameLine(size_t head, size_t open) const
    {
        const size_t at = m_nameAt < open ? m_nameAt : head;
        return m_tokens[std::min(at, m_tokens.size() - 1)].line;
    }

    // The function's name when the block at `open` is a function body (or a
    // lambda given to a variable at namespace scope), else "".
    std::string functionName(size_t head, size_t open)
    {
        m_nameAt = open;
        if (head >= open)
            return {};
        int parens = 0;
        size_t end = open, equals = open;
        bool afterParameters = false;
        for (size_t k = head; k < open; ++k) {
            const std::string &t = m_tokens[k].text;
            parens += (t == "(" || t == "[") - (t == ")" || t == "]");
            if (parens != 0)
                continue;
            if (t == ")")
                afterParameters = true;
            else if (t == "=" && !(k > head && is(k - 1, "operator")) && equals == open)
                equals = k;
            else if ((t == ":" || t == "->") && afterParameters && end == open)
                end = k; // member initializers or a trailing return type follow
        }
        if (equals < open) { // `auto f = [](…) {`: the lambda counts as a function
            if (!is(equals + 1, "[") || equals == head || !isWord(equals - 1))
                return {};
            m_nameAt = equals - 1;
            return m_tokens[equals - 1].text;
        }
        static const std::set<std::string> qualifiers = {
            "const", "noexcept", "override", "final", "mutable", "volatile", "&", "&&", "try"};
        size_t last = end;
        while (last > head) {
            const std::string &t = m_tokens[last - 1].text;
            if (qualifiers.count(t)) {
                --last;
            } else if (t == ")" && last - 1 > head && matchingOpen(last - 1) > head &&
                       is(matchingOpen(last - 1) - 1, "noexcept")) {
                last = matchingOpen(last - 1) - 1; // noexcept(…)
            } else {
                break;
            }
        }
        if (last <= head || !is(last - 1, ")"))
            return {};
        size_t parameters = matchingOpen(last - 1);
        if (parameters <= head)
            return {};
        // operator()(…): the first pair of parentheses is part of the name.
        if (is(parameters - 1, ")") && parameters >= head + 3 && is(parameters - 3, "operator")) {
            m_nameAt = parameters - 3;
            return "operator()";
        }
        if (parameters >= head + 2 && is(parameters - 2, "operator")) { // operator==(…)
            m_nameAt = parameters - 2;
            return "operator" + m_tokens[parameters - 1].text;
        }
        size_t first = parameters; // the name: word (:: word)*
        if (first > head && isWord(first - 1)) {
            --first;
            while (first >= head + 2 && isScopeMark(first - 1) && isWord(first - 2))
                first -= 2;
        }
        if (first == parameters) // `= (…) {` and the like: not a declaration
            return {};
        std::string name;
        for (size_t k = first; k < parameters; ++k) {
            if (k > first && isWord(k) && isWord(k - 1))
                name += ' ';
            name += m_tokens[k].text;
        }
        m_nameAt = first;
        return name;
    }

    size_t matchingOpen(size_t close) const
    {
        int depth = 0;
        for (size_t k = close + 1; k-- > 0;) {
            const std::string &t = m_tokens[k].text;
            depth += (t == ")") - (t == "(");
            if (depth == 0)
                return k;
        }
        return 0;
    }

    std::string m_file;
    std::vector<Token> m_tokens;
    int m_limit;
    std::vector<Offence> &m_found;
    size_t m_nameAt = 0;
};

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

int lineCount(const std::string &text)
{
    int n = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    return n + (!text.empty() && text.back() != '\n');
}

std::vector<fs::path> sourcesUnder(const fs::path &root, const std::string &path)
{
    std::vector<fs::path> files;
    const fs::path full = root / path;
    if (fs::is_regular_file(full)) {
        files.push_back(path);
        return files;
    }
    if (!fs::is_directory(full))
        return files;
    for (const auto &entry : fs::recursive_directory_iterator(full)) {
        const std::string ext = entry.path().extension().string();
        if (entry.is_regular_file() && (ext == ".cpp" || ext == ".h"))
            files.push_back(fs::relative(entry.path(), root));
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    int functionLimit = 60, fileLimit = 500;
    fs::path root = ".";
    std::set<std::string> allowed;
    std::vector<std::string> paths;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        const bool hasValue = a + 1 < argc;
        if (arg == "--function-limit" && hasValue)
            functionLimit = std::stoi(argv[++a]);
        else if (arg == "--file-limit" && hasValue)
            fileLimit = std::stoi(argv[++a]);
        else if (arg == "--root" && hasValue)
            root = argv[++a];
        else if (arg == "--allow" && hasValue)
            allowed.insert(argv[++a]);
        else
            paths.push_back(arg);
    }
    std::vector<Offence> found;
    size_t fileCount = 0;
    for (const std::string &path : paths) {
        const std::vector<fs::path> files = sourcesUnder(root, path);
        if (files.empty()) {
            std::cout << path << ": no C++ sources found\n";
            return 1;
        }
        for (const fs::path &file : files) {
            ++fileCount;
            const std::string text = readFile(root / file);
            const std::string name = file.generic_string();
            if (file.extension() == ".cpp" && lineCount(text) > fileLimit)
                found.push_back({name, 1, "(file)", lineCount(text)});
            Scanner(name, tokenize(blankNonCode(text)), functionLimit, found).run();
        }
    }
    int printed = 0;
    std::set<std::string> seen;
    for (const Offence &o : found) {
        const std::string key = o.file + ":" + o.name;
        seen.insert(key);
        if (allowed.count(key))
            continue;
        std::cout << o.file << ':' << o.line << ' ' << o.name << ' ' << o.lines << " lines\n";
        ++printed;
    }
    for (const std::string &key : allowed) {
        if (!seen.count(key)) {
            std::cout << key << " is within the limits now: take it off the allow-list\n";
            ++printed;
        }
    }
    std::cout << fileCount << " files read; limits: " << functionLimit << " lines a function, "
              << fileLimit << " a .cpp; " << printed << " offence(s)\n";
    return printed == 0 ? 0 : 1;
}
