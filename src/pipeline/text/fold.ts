// A same-length view of a text for matching: full-width ASCII becomes half-width,
// ideographic spaces become spaces and common traditional characters become
// simplified. Offsets in the folded text are offsets in the original, so a match
// found in the view can be cut from the source exactly as printed.

const TRADITIONAL =
  '與專業東絲兩嚴個豐臨為麗舉義烏樂習鄉書買亂爭於雲亞產畝親億僅從侖倉儀們價眾優會傷倫偉傳傾僑億儲兒兌黨蘭關興養獸內岡冊寫軍農馮沖決況凍淨涼減湊幾鳳憑凱擊鑿劃劉則剛創刪別劑剎劇勸辦務勵動勢勞勻區醫華協單賣盧衛卻廠歷壓廳厲縣參雙發變敘疊葉號嘆吳嗎聽啟員問嚴噸囑團園圍國圖圓聖場壞塊堅壇墊墻壯聲處備復夠頭誇夾奪奮獎婦媽嬰孫學寧寶實寵審憲宮寬賓對尋導將爾塵嘗層屆屬岳嶺島峽幣帥師帳帶幫庫應廟廢開異棄張彌彎彈強歸當錄徹徑從御復態懷憂懇慮慶憶應戀戶擔擁據擴擬攜擇擊撥擾摯撫揀換揮損搖攝數斷斃斬時晉暈暢暫曬書會東條來楊極構槍標樣權橫檢樹橋機殺雜權歡歐歲歷殘毀氣漢湯溝濤滅滿濟濱灑漸漲潑潔澤濃灣災爐點為煉煩燒熱燈營爺牽狀猶獨獲環現瑪產畢畫當疇療瘋癥發盤盡監蓋盜眾睜礦碼確礎禮禍禪離種積稱穩窮竊競筆節範築簡糧緊紀約級紋納純紙紛線組細終經結給絡統絕繼續維綜綠網總緣編緯練縮績繁聯聞聲肅腦膽脅膚臟舉艙藝節芻蘇範莊獲華萬葉號蟲蝕補裝製複規視覽覺觀觸計訂認討讓訓議記講許論設訪證評識詐診詞譯試詩誠話該詳語誤說請諸課誰調談謀謂諾謝謠謹證譜變讀貝負貢財責敗貨販貧購貸貿費貼賀資賈賊賓賞償賠賢賣質賬賴贊贈赴趕趙趨躍車軌軒軟軸載較輔輕輛輝輪輸辭辯農邊遼達遷過邁運還這進遠違連遲適選遺郵鄰鄭醫醬釋針鈴鉛銀銅銷鋪鏈錢鐵鑄鋒錯鍵鎮長門閃閉問閑間悶閱闊關陽陰陣階際陸陳隊隨險隱隸難雞雖雙雜離靜響頂項順須頒預領頻題額顏願類顧顯風飛飯飲飾養餘館駐驗驅騎髮鬥魚鮮鳥鳴鴻鹽麥黃點齊齒龍龜準稅貫並啓爲裏後電氣務讓縣鎮鄉衛導職礎員範';
const SIMPLIFIED =
  '与专业东丝两严个丰临为丽举义乌乐习乡书买乱争于云亚产亩亲亿仅从仑仓仪们价众优会伤伦伟传倾侨亿储儿兑党兰关兴养兽内冈册写军农冯冲决况冻净凉减凑几凤凭凯击凿划刘则刚创删别剂刹剧劝办务励动势劳匀区医华协单卖卢卫却厂历压厅厉县参双发变叙叠叶号叹吴吗听启员问严吨嘱团园围国图圆圣场坏块坚坛垫墙壮声处备复够头夸夹夺奋奖妇妈婴孙学宁宝实宠审宪宫宽宾对寻导将尔尘尝层届属岳岭岛峡币帅师帐带帮库应庙废开异弃张弥弯弹强归当录彻径从御复态怀忧恳虑庆忆应恋户担拥据扩拟携择击拨扰挚抚拣换挥损摇摄数断毙斩时晋晕畅暂晒书会东条来杨极构枪标样权横检树桥机杀杂权欢欧岁历残毁气汉汤沟涛灭满济滨洒渐涨泼洁泽浓湾灾炉点为炼烦烧热灯营爷牵状犹独获环现玛产毕画当畴疗疯症发盘尽监盖盗众睁矿码确础礼祸禅离种积称稳穷窃竞笔节范筑简粮紧纪约级纹纳纯纸纷线组细终经结给络统绝继续维综绿网总缘编纬练缩绩繁联闻声肃脑胆胁肤脏举舱艺节刍苏范庄获华万叶号虫蚀补装制复规视览觉观触计订认讨让训议记讲许论设访证评识诈诊词译试诗诚话该详语误说请诸课谁调谈谋谓诺谢谣谨证谱变读贝负贡财责败货贩贫购贷贸费贴贺资贾贼宾赏偿赔贤卖质账赖赞赠赴赶赵趋跃车轨轩软轴载较辅轻辆辉轮输辞辩农边辽达迁过迈运还这进远违连迟适选遗邮邻郑医酱释针铃铅银铜销铺链钱铁铸锋错键镇长门闪闭问闲间闷阅阔关阳阴阵阶际陆陈队随险隐隶难鸡虽双杂离静响顶项顺须颁预领频题额颜愿类顾显风飞饭饮饰养余馆驻验驱骑发斗鱼鲜鸟鸣鸿盐麦黄点齐齿龙龟准税贯并启为里后电气务让县镇乡卫导职础员范';

const TABLE = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) TABLE.set(TRADITIONAL[i], SIMPLIFIED[i]);

export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  return TABLE.get(c) ?? c;
}

/** 1 for each UTF-16 code unit that folds: a table lookup is much cheaper than a class of 700 characters. */
const FOLDS = new Uint8Array(0x10000);
FOLDS.fill(1, 0xff01, 0xff5f);
FOLDS[0x3000] = 1;
for (const c of TABLE.keys()) FOLDS[c.charCodeAt(0)] = 1;

function foldUncached(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (FOLDS[text.charCodeAt(i)] === 0) continue;
    out += text.slice(from, i) + foldChar(text[i]);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// Stages fold the same lines again (structure, then targets): remember the last few.
const recent = new Map<string, string>();
const RECENT = 256;

/** The folded view; `fold(s).length === s.length` always holds. */
export function fold(text: string): string {
  if (text.length < 64) return foldUncached(text);
  let folded = recent.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(text, folded);
  }
  return folded;
}

/** Removes all white space: matching ignores the spaces some sites put around numbers. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
